using CognitoKit.StackExchangeRedis;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares token revocations through Redis for an app that only validates tokens (<c>AddCognitoTokenValidation</c>,
/// or the ASP.NET Core handler) and keeps no sessions.</summary>
public static class RedisRevocationServiceCollectionExtensions
{
    private const string OptionsName = "CognitoKit.StackExchangeRedis.Revocation";

    /// <summary>
    /// Makes this app's token validators refuse (<see cref="TokenRejectionReason.Revoked"/>) the tokens other instances
    /// revoked through Redis (sign-out, revoke, global sign-out, deletion with <c>AddRedisSessions</c>), and tells them of
    /// this app's own revocations. A hosted service reads the current revocations when the host starts and receives new
    /// ones. Not needed beside <c>AddRedisSessions</c>, which does the same (<see cref="RedisSessionOptions.ShareRevocations"/>).
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets <see cref="RedisSessionOptions.Configuration"/> or <see cref="RedisSessionOptions.ConnectionMultiplexerFactory"/>,
    /// and <see cref="RedisSessionOptions.InstanceName"/> as the signing-out apps have it; the session settings are not used.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddCognitoRedisRevocation(this IServiceCollection services, Action<RedisSessionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<RedisSessionOptions>(OptionsName)
            .Configure(configure)
            .ValidateConnection();
        if (services.Any(d => d.ServiceType == typeof(StandaloneRevocation)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICognitoRevocationList>(sp => new InMemoryCognitoRevocationList(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            ILogger logger = RedisLog.Logger(sp);
            var connection = new RedisConnection(sp.GetRequiredService<IOptionsMonitor<RedisSessionOptions>>().Get(OptionsName), "revocation", "revocation", logger);
            return new StandaloneRevocation(connection, new RedisRevocationSync(connection, sp.GetRequiredService<ICognitoRevocationList>(), sp.GetRequiredService<TimeProvider>(), logger));
        });
        services.AddSingleton<ICognitoRevocationPublisher>(sp => sp.GetRequiredService<StandaloneRevocation>().Sync);
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<StandaloneRevocation>().Sync);
        return services;
    }

    /// <summary>The connection and sync of <see cref="AddCognitoRedisRevocation"/>, disposed with the container.</summary>
    private sealed class StandaloneRevocation(RedisConnection connection, RedisRevocationSync sync) : IAsyncDisposable
    {
        public RedisRevocationSync Sync => sync;

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
