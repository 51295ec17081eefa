using CognitoKit.StackExchangeRedis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.StackExchangeRedis.Tests.Sessions;

public sealed class EncryptionAtRestTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task RedisDump_ShowsNoTokenRefreshTokenOrDeviceSecret_AndAnotherInstanceReadsThemBack()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false, deviceTracking: true);
        await using Farm farm = await Farm.StartAsync(pool, instances: 2, configureRedis: o => o.KeepDevices = true);
        ICognitoKit one = farm.Instances[0];
        ICognitoKit two = farm.Instances[1];
        string user = pool.Users[0];
        SignedIn signedIn = Assert.IsType<SignedIn>(await one.SignIn(user, EmulatorFixture.Password).TrackNewDevice("farm laptop").SendAsync());
        await one.Sessions.SaveAsync("user-key-1", signedIn.Session);
        await farm.Services(0).GetRequiredService<ICognitoIdentityIdStore>()
            .SetAsync(IdentityIdKey.ForUser("us-east-1:pool", "provider", "sub-1"), "us-east-1:identity-id-in-clear");

        IReadOnlyDictionary<string, string> dump = await farm.Redis.DumpAsync();
        CognitoSession? restored = await two.Sessions.GetAsync("user-key-1");
        DeviceSecrets? device = await farm.Services(1).GetRequiredService<ICognitoDeviceKeeper>().GetAsync(KeptDeviceKey.For(pool.Pool.Id, user));

        string everything = string.Join("\n", dump.Select(e => e.Key + "\n" + e.Value));
        string[] secrets =
        [
            signedIn.Session.Tokens.AccessToken, signedIn.Session.Tokens.IdToken, signedIn.Session.Tokens.RefreshToken!,
            signedIn.NewDevice!.Secrets.DevicePassword, "us-east-1:identity-id-in-clear",
        ];
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        // The JWTs' signed parts must not show either (a header or payload segment alone names the user and the pool).
        Assert.DoesNotContain(signedIn.Session.Tokens.AccessToken.Split('.')[1], everything, StringComparison.Ordinal);
        Assert.Contains(dump.Keys, k => k.EndsWith(":s:user-key-1", StringComparison.Ordinal) && k.StartsWith("cognitokit:" + pool.Pool.Id + ":", StringComparison.Ordinal));
        Assert.Contains(dump.Keys, k => k == $"cognitokit:{pool.Pool.Id}:d:{user}");
        Assert.NotNull(restored);
        Assert.Equal(signedIn.Session.Tokens.AccessToken, restored.Tokens.AccessToken);
        Assert.Equal(signedIn.NewDevice.Secrets, device);
    }

    [Fact]
    public async Task StoredSession_ExpiresWithTheRefreshTokenLifetime()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        await using Farm farm = await Farm.StartAsync(pool, instances: 1, configureRedis: o => o.RefreshTokenLifetime = TimeSpan.FromDays(5));
        await farm.SignInAndSaveAsync(farm.Instances[0], pool.Users[0], "ttl-key");

        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(farm.Redis.Configuration);
        string sessionKey = (await farm.Redis.DumpAsync()).Keys.Single(k => k.EndsWith(":s:ttl-key", StringComparison.Ordinal));
        TimeSpan? ttl = await admin.GetDatabase().KeyTimeToLiveAsync(sessionKey);

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromDays(5) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(5));
    }

    [Fact]
    public async Task FreshSession_IsServedFromTheLocalCache_WithoutARedisRoundTrip()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        await using Farm farm = await Farm.StartAsync(pool, instances: 1);
        ICognitoKit kit = farm.Instances[0];
        await farm.SignInAndSaveAsync(kit, pool.Users[0], "cached-key");
        long before = await farm.Redis.CommandCountAsync("get");

        for (int i = 0; i < 100; i++)
        {
            CognitoSession session = (await kit.Sessions.GetAsync("cached-key"))!;
            await session.GetValidTokensAsync();
        }

        Assert.Equal(before, await farm.Redis.CommandCountAsync("get"));
    }
}
