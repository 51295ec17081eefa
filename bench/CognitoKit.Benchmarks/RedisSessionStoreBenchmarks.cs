using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Benchmarks;

/// <summary>
/// What a request of a signed-in user costs when its session is fresh: <c>cognito.Sessions.GetAsync(key)</c> then
/// <c>GetValidTokensAsync()</c>, with the in-memory store and with the Redis store (its local cache in front, and with
/// the local cache off, which reads Redis every time). Starts its own <c>redis-server</c> on a free loopback port.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RedisSessionStoreBenchmarks
{
    private const string Key = "user-1";
    private readonly List<ServiceProvider> _providers = [];
    private Process? _redis;
    private string? _directory;
    private ICognitoSessions _inMemory = null!;
    private ICognitoSessions _redisCached = null!;
    private ICognitoSessions _redisUncached = null!;

    [GlobalSetup]
    public void Setup()
    {
        int port = FreePort();
        _directory = Directory.CreateTempSubdirectory("ck-bench-redis-").FullName;
        var start = new ProcessStartInfo("/usr/bin/redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (string argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory, "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _redis = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        Thread.Sleep(300);
        string configuration = $"127.0.0.1:{port}";
        _inMemory = Sessions(null);
        _redisCached = Sessions(o => o.Configuration = configuration);
        _redisUncached = Sessions(o =>
        {
            o.Configuration = configuration;
            o.InstanceName = "uncached";
            o.LocalCacheDuration = TimeSpan.Zero;
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (ServiceProvider provider in _providers)
        {
            provider.Dispose();
        }

        _redis?.Kill();
        _redis?.WaitForExit();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<CognitoTokens> InMemoryStore_GetAndValidTokens() =>
        await (await _inMemory.GetAsync(Key))!.GetValidTokensAsync();

    [Benchmark]
    public async Task<CognitoTokens> RedisStore_LocalCacheHit_GetAndValidTokens() =>
        await (await _redisCached.GetAsync(Key))!.GetValidTokensAsync();

    [Benchmark]
    public async Task<CognitoTokens> RedisStore_NoLocalCache_GetAndValidTokens() =>
        await (await _redisUncached.GetAsync(Key))!.GetValidTokensAsync();

    private ICognitoSessions Sessions(Action<CognitoKit.StackExchangeRedis.RedisSessionOptions>? redis)
    {
        var services = new ServiceCollection();
        ICognitoKitBuilder kit = services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_BenchPool";
            o.ClientId = "benchclient1";
            o.Region = "eu-west-1";
        });
        if (redis is not null)
        {
            kit.AddRedisSessions(redis);
        }

        ServiceProvider provider = services.BuildServiceProvider();
        _providers.Add(provider);
        ICognitoSessions sessions = provider.GetRequiredService<ICognitoKit>().Sessions;
        DateTimeOffset now = DateTimeOffset.UtcNow;
        CognitoSession session = sessions.Restore(new CognitoSessionSnapshot
        {
            Username = "alice",
            IdToken = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.id",
            AccessToken = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.access",
            RefreshToken = "refresh-token",
            IdTokenExpiresAt = now.AddHours(1),
            AccessTokenExpiresAt = now.AddHours(1),
            IssuedAt = now,
        });
        sessions.SaveAsync(Key, session).GetAwaiter().GetResult();
        return sessions;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
