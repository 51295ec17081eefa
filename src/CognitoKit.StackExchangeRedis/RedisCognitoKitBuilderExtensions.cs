using CognitoKit;
using CognitoKit.StackExchangeRedis;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Puts CognitoKit's sessions (and devices and identity ids) in Redis, shared by every instance of a web farm.</summary>
public static class RedisCognitoKitBuilderExtensions
{
    /// <summary>
    /// Keeps sessions in Redis, encrypted with ASP.NET Core Data Protection, and refreshes each due session once across
    /// every instance sharing the Redis. Identity ids go to Redis too (<see cref="RedisSessionOptions.KeepIdentityIds"/>),
    /// and remembered devices when <see cref="RedisSessionOptions.KeepDevices"/> is set. Revocations are shared too
    /// (<see cref="RedisSessionOptions.ShareRevocations"/>): a sign-out on one instance makes every instance's validator refuse
    /// the revoked tokens, and an instance reads the current revocations when its host starts (a hosted service).
    /// </summary>
    /// <remarks>
    /// Data Protection is added if the app has not configured it; for a farm, every instance must share one key ring and
    /// application name, for example <c>services.AddDataProtection().SetApplicationName("shop").PersistKeysToStackExchangeRedis(connection)</c>.
    /// </remarks>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="configure">Sets the options: at least <see cref="RedisSessionOptions.Configuration"/> or <see cref="RedisSessionOptions.ConnectionMultiplexerFactory"/>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddRedisSessions(this ICognitoKitBuilder builder, Action<RedisSessionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var probe = new RedisSessionOptions();
        configure(probe);
        IServiceCollection services = builder.Services;

        // Everything is registered for this builder's instance only (keyed by its name; the default instance unkeyed),
        // so two named instances never share a store, a lease or a refresh channel.
        string name = builder.Name;
        object? key = name.Length == 0 ? null : name;
        services.AddOptions<RedisSessionOptions>(name)
            .Configure(configure)
            .ValidateConnection()
            .Validate(o => o.RefreshTokenLifetime > TimeSpan.Zero && o.RefreshLeaseTime > TimeSpan.Zero && o.RefreshWaitTimeout > TimeSpan.Zero && o.RefreshPollInterval > TimeSpan.Zero && o.LocalCacheDuration >= TimeSpan.Zero,
                "RedisSessionOptions: RefreshTokenLifetime, RefreshLeaseTime, RefreshWaitTimeout and RefreshPollInterval must be positive, LocalCacheDuration not negative.");
        services.AddDataProtection();
        services.TryAddKeyedSingleton(key, (sp, _) =>
        {
            CognitoKitOptions kit = sp.GetRequiredService<IOptionsMonitor<CognitoKitOptions>>().Get(name);
            return new RedisConnection(sp.GetRequiredService<IOptionsMonitor<RedisSessionOptions>>().Get(name), kit.UserPoolId, kit.ClientId, RedisLog.Logger(sp));
        });
        services.TryAddKeyedSingleton(key, (sp, _) => new RedisSessionStore(
            sp.GetRequiredKeyedService<RedisConnection>(key),
            sp.GetRequiredService<IDataProtectionProvider>(),
            sp.GetRequiredService<IOptionsMonitor<CognitoKitOptions>>().Get(name).UserPoolId,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            RedisLog.Logger(sp)));
        builder.AddSessionStore(sp => sp.GetRequiredKeyedService<RedisSessionStore>(key));
        services.RemoveAllKeyed<ICognitoSessionRefreshCoordinator>(key);
        services.AddKeyedSingleton<ICognitoSessionRefreshCoordinator>(key, (sp, _) => new RedisSessionRefreshCoordinator(
            sp.GetRequiredKeyedService<RedisConnection>(key), sp.GetRequiredKeyedService<RedisSessionStore>(key), RedisLog.Logger(sp)));
        if (probe.KeepIdentityIds)
        {
            builder.AddIdentityIdStore(sp => new RedisIdentityIdStore(sp.GetRequiredKeyedService<RedisConnection>(key), sp.GetRequiredService<IDataProtectionProvider>()));
        }

        if (probe.KeepDevices)
        {
            builder.AddDeviceKeeper(sp => new RedisDeviceKeeper(
                sp.GetRequiredKeyedService<RedisConnection>(key),
                sp.GetRequiredService<IDataProtectionProvider>(),
                sp.GetRequiredService<IOptionsMonitor<CognitoKitOptions>>().Get(name).UserPoolId));
        }

        if (probe.ShareRevocations && !services.Any(d => d.IsKeyedService && Equals(d.ServiceKey, key ?? DefaultKey) && d.ServiceType == typeof(RedisRevocationSync)))
        {
            // One per instance; instances under the same InstanceName share the key and channel, so either one delivers.
            services.AddKeyedSingleton(key ?? DefaultKey, (sp, _) => new RedisRevocationSync(
                sp.GetRequiredKeyedService<RedisConnection>(key),
                sp.GetRequiredService<ICognitoRevocationList>(),
                sp.GetService<TimeProvider>() ?? TimeProvider.System,
                RedisLog.Logger(sp)));
            builder.AddRevocationPublisher(sp => sp.GetRequiredKeyedService<RedisRevocationSync>(key ?? DefaultKey));
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredKeyedService<RedisRevocationSync>(key ?? DefaultKey));
        }

        return builder;
    }

    /// <summary>Keeps sessions in Redis over the app's existing connection; see <see cref="AddRedisSessions(ICognitoKitBuilder, Action{RedisSessionOptions})"/>.</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="connection">The app's connection; CognitoKit never closes it.</param>
    /// <param name="configure">Sets the other options, or null for the defaults.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddRedisSessions(this ICognitoKitBuilder builder, IConnectionMultiplexer connection, Action<RedisSessionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        return builder.AddRedisSessions(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult(connection);
            configure?.Invoke(o);
        });
    }

    // The default instance's revocation sync is keyed too, so that a lookup never falls back to another registration.
    private static readonly object DefaultKey = new();
}
