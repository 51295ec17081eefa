using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.StackExchangeRedis;

/// <summary>The checks every registration of the Redis package makes of its options.</summary>
internal static class RedisSessionOptionsValidation
{
    /// <summary>Checks, at start, that the options say how to connect and name a usable key prefix.</summary>
    public static OptionsBuilder<RedisSessionOptions> ValidateConnection(this OptionsBuilder<RedisSessionOptions> options) =>
        options
            .Validate(o => o.Configuration is not null || o.ConnectionMultiplexerFactory is not null, "RedisSessionOptions needs Configuration (a connection string) or ConnectionMultiplexerFactory.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.InstanceName) && !o.InstanceName.Contains('|', StringComparison.Ordinal), "RedisSessionOptions.InstanceName must be set and contain no '|'.")
            .ValidateOnStart();
}
