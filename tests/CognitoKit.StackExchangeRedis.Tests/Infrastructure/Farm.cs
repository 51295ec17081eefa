using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis.Tests.Infrastructure;

/// <summary>
/// Several app instances sharing one emulator and one Redis: each has its own service provider, <see cref="ICognitoKit"/>,
/// HttpClients and in-process state, as separate servers would. They share only the Redis (sessions, refresh leases,
/// the Data Protection key ring).
/// </summary>
public sealed class Farm : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];
    private readonly ConnectionMultiplexer _keyRing;

    private Farm(FarmPool pool, RedisServer redis, ConnectionMultiplexer keyRing)
    {
        Pool = pool;
        Redis = redis;
        _keyRing = keyRing;
    }

    public FarmPool Pool { get; }

    public RedisServer Redis { get; }

    public IReadOnlyList<ICognitoKit> Instances => _providers.Select(p => p.GetRequiredService<ICognitoKit>()).ToList();

    public string KeyRingName { get; } = "farm-tests-dp-keys-" + Guid.NewGuid().ToString("N");

    public static async Task<Farm> StartAsync(FarmPool pool, int instances, Action<int, ICognitoKitBuilder>? configureKit = null, Action<RedisSessionOptions>? configureRedis = null)
    {
        RedisServer redis = await RedisServer.StartAsync();
        // Data Protection reads its key ring synchronously: a generous timeout for a busy test machine.
        ConnectionMultiplexer keyRing = await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",syncTimeout=30000");
        var farm = new Farm(pool, redis, keyRing);
        for (int i = 0; i < instances; i++)
        {
            farm.AddInstance(i, configureKit, configureRedis);
        }

        return farm;
    }

    public ICognitoKit AddInstance(int index, Action<int, ICognitoKitBuilder>? configureKit = null, Action<RedisSessionOptions>? configureRedis = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Pool.Fixture.Clock);
        services.AddDataProtection().SetApplicationName("farm-tests").PersistKeysToStackExchangeRedis(_keyRing, KeyRingName);
        ICognitoKitBuilder kit = services.AddCognitoKit(o =>
        {
            o.UserPoolId = Pool.Pool.Id;
            o.ClientId = Pool.Client.ClientId;
            o.ClientSecret = Pool.Client.ClientSecret;
            o.UserPoolEndpoint = Pool.Fixture.Emulator.Endpoint;
            o.RefreshTokenRotation = Pool.Rotation;
            o.MaxAttempts = 1;
        });
        kit.AddRedisSessions(o =>
        {
            o.Configuration = Redis.Configuration;
            o.RefreshLeaseTime = TimeSpan.FromSeconds(2);
            configureRedis?.Invoke(o);
        });
        configureKit?.Invoke(index, kit);
        ServiceProvider provider = services.BuildServiceProvider();
        _providers.Add(provider);

        // Load (on the first instance, create) the shared key ring now, one instance at a time, as a deployed farm has.
        _ = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("warm-up").Protect("key ring");

        // What the generic host does when the app starts (the revocation sync reads the current deny set here).
        HostedServices.StartAllAsync(provider).GetAwaiter().GetResult();

        return provider.GetRequiredService<ICognitoKit>();
    }

    public ServiceProvider Services(int index) => _providers[index];

    /// <summary>Signs <paramref name="username"/> in on <paramref name="instance"/> and saves the session under <paramref name="key"/>.</summary>
    public async Task<CognitoSession> SignInAndSaveAsync(ICognitoKit instance, string username, string key)
    {
        SignInStep step = await instance.SignIn(username, EmulatorFixture.Password).SendAsync();
        CognitoSession session = Assert.IsType<SignedIn>(step).Session;
        await instance.Sessions.SaveAsync(key, session);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (ServiceProvider provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await _keyRing.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
