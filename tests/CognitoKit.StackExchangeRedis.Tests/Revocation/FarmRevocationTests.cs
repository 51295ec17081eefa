using CognitoKit.StackExchangeRedis.Tests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis.Tests.Revocation;

public sealed class FarmRevocationTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string RevocationKey = "cognitokit:revocations";

    [Fact]
    public async Task GlobalSignOut_OnTheFirstInstance_IsRejectedAsRevokedByTheOtherTwo_WithinASecond()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        await using Farm farm = await Farm.StartAsync(pool, instances: 3);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        CognitoSession session = await farm.SignInAndSaveAsync(instances[0], pool.Users[0], "erin");
        CognitoTokens tokens = session.Tokens;
        foreach (ICognitoKit instance in instances)
        {
            Assert.True((await instance.Tokens.ValidateAsync(tokens.AccessToken, CognitoTokenUse.Access)).IsValid);
        }

        await instances[0].Account(session).SignOutEverywhereAsync();

        Assert.Equal(TokenRejectionReason.Revoked, (await instances[0].Tokens.ValidateAsync(tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, await RejectionWithinASecondAsync(instances[1], tokens.AccessToken, CognitoTokenUse.Access));
        Assert.Equal(TokenRejectionReason.Revoked, await RejectionWithinASecondAsync(instances[2], tokens.AccessToken, CognitoTokenUse.Access));
        Assert.Equal(TokenRejectionReason.Revoked, (await instances[2].Tokens.ValidateAsync(tokens.IdToken, CognitoTokenUse.Id)).RejectionReason);
    }

    [Fact]
    public async Task SessionRevoke_OnTheSecondInstance_IsRejectedByTheFirstAndThird_AndTheUsersOtherSessionStaysValid()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        await using Farm farm = await Farm.StartAsync(pool, instances: 3);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        CognitoSession revoked = await farm.SignInAndSaveAsync(instances[1], pool.Users[0], "frank-phone");
        CognitoSession other = await farm.SignInAndSaveAsync(instances[1], pool.Users[0], "frank-laptop");

        await instances[1].Account(revoked).RevokeRefreshTokenAsync();

        Assert.Equal(TokenRejectionReason.Revoked, await RejectionWithinASecondAsync(instances[0], revoked.Tokens.AccessToken, CognitoTokenUse.Access));
        Assert.Equal(TokenRejectionReason.Revoked, await RejectionWithinASecondAsync(instances[2], revoked.Tokens.AccessToken, CognitoTokenUse.Access));
        Assert.Equal(TokenRejectionReason.Revoked, (await instances[2].Tokens.ValidateAsync(revoked.Tokens.IdToken, CognitoTokenUse.Id)).RejectionReason);
        Assert.True((await instances[0].Tokens.ValidateAsync(other.Tokens.AccessToken, CognitoTokenUse.Access)).IsValid);
        Assert.True((await instances[2].Tokens.ValidateAsync(other.Tokens.AccessToken, CognitoTokenUse.Access)).IsValid);
    }

    [Fact]
    public async Task AnInstanceStartedAfterTheRevocations_RejectsTheRevokedTokensAtOnce()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false, users: 2);
        await using Farm farm = await Farm.StartAsync(pool, instances: 3);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        CognitoSession signedOut = await farm.SignInAndSaveAsync(instances[0], pool.Users[0], "gina");
        CognitoSession revoked = await farm.SignInAndSaveAsync(instances[2], pool.Users[1], "hank");
        await instances[0].Account(signedOut).SignOutEverywhereAsync();
        await instances[2].Account(revoked).RevokeRefreshTokenAsync();

        ICognitoKit late = farm.AddInstance(3);

        Assert.Equal(TokenRejectionReason.Revoked, (await late.Tokens.ValidateAsync(signedOut.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, (await late.Tokens.ValidateAsync(revoked.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        emulator.Clock.Advance(TimeSpan.FromSeconds(2)); // a global sign-out denies tokens issued up to its second
        CognitoSession fresh = await farm.SignInAndSaveAsync(late, pool.Users[0], "gina-again");
        Assert.True((await late.Tokens.ValidateAsync(fresh.Tokens.AccessToken, CognitoTokenUse.Access)).IsValid);
    }

    [Fact]
    public async Task RevocationsInRedis_HoldIdentifiersOnly_ExpireWithTheirLastEntry_AndExpiredOnesArePruned()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false, users: 2);
        await using Farm farm = await Farm.StartAsync(pool, instances: 2);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        CognitoSession first = await farm.SignInAndSaveAsync(instances[0], pool.Users[0], "ivy");
        await instances[0].Account(first).RevokeRefreshTokenAsync();
        await using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(farm.Redis.Configuration);
        IDatabase database = redis.GetDatabase();

        SortedSetEntry[] entries = await database.SortedSetRangeByRankWithScoresAsync(RevocationKey);
        TimeSpan? ttl = await database.KeyTimeToLiveAsync(RevocationKey);
        Assert.NotEmpty(entries);
        Assert.NotNull(ttl);
        // A sign-in's tokens live an hour here: the entry is kept about that long (plus clock skew), not forever.
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(30), TimeSpan.FromHours(2));
        foreach (SortedSetEntry entry in entries)
        {
            string member = entry.Element.ToString();
            Assert.DoesNotContain(first.Tokens.AccessToken, member, StringComparison.Ordinal);
            Assert.DoesNotContain(first.Tokens.IdToken, member, StringComparison.Ordinal);
            Assert.DoesNotContain(first.Tokens.RefreshToken!, member, StringComparison.Ordinal);
        }

        emulator.Clock.Advance(TimeSpan.FromHours(3)); // every entry of the first revocation has expired
        CognitoSession second = await farm.SignInAndSaveAsync(instances[1], pool.Users[1], "jack");
        await instances[1].Account(second).RevokeRefreshTokenAsync();

        SortedSetEntry[] after = await database.SortedSetRangeByRankWithScoresAsync(RevocationKey);
        Assert.Equal(entries.Length, after.Length); // the first revocation's entries were pruned, the second's added
        Assert.DoesNotContain(after, e => entries.Any(old => old.Element == e.Element));
        Assert.Equal(TokenRejectionReason.Revoked, await RejectionWithinASecondAsync(instances[0], second.Tokens.AccessToken, CognitoTokenUse.Access));
    }

    [Fact]
    public async Task RedisDownWhenSigningOut_TheSignOutHoldsHere_FailsWithTheTypedError_AndReachesTheOthersWhenRedisIsBack()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        await using Farm farm = await Farm.StartAsync(pool, instances: 2);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        CognitoSession session = await farm.SignInAndSaveAsync(instances[0], pool.Users[0], "kim");
        string accessToken = session.Tokens.AccessToken;

        await farm.Redis.StopAsync(save: false);
        var error = await Assert.ThrowsAsync<CognitoSessionStoreUnavailableException>(() => instances[0].Account(session).SignOutEverywhereAsync());

        Assert.True(error.IsTransient);
        Assert.DoesNotContain(accessToken, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(TokenRejectionReason.Revoked, (await instances[0].Tokens.ValidateAsync(accessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.True((await instances[1].Tokens.ValidateAsync(accessToken, CognitoTokenUse.Access)).IsValid); // not told yet

        await farm.Redis.StartAgainAsync();
        TokenRejectionReason? reason = await Eventually.UntilAsync(
            async () => (await instances[1].Tokens.ValidateAsync(accessToken, CognitoTokenUse.Access)).RejectionReason,
            r => r == TokenRejectionReason.Revoked,
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(100));

        Assert.Equal(TokenRejectionReason.Revoked, reason);
    }

    [Fact]
    public async Task AnApiThatOnlyValidatesTokens_RejectsTokensSignedOutOnAFarmInstance_WhetherBeforeOrAfterItStarted()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false, users: 2);
        await using Farm farm = await Farm.StartAsync(pool, instances: 1);
        ICognitoKit web = farm.Instances[0];
        CognitoSession before = await farm.SignInAndSaveAsync(web, pool.Users[0], "lena");
        CognitoSession after = await farm.SignInAndSaveAsync(web, pool.Users[1], "max");
        await web.Account(before).SignOutEverywhereAsync();

        await using ServiceProvider api = await StartApiAsync(pool, farm);
        ICognitoTokenValidator validator = api.GetRequiredService<ICognitoTokenValidator>();
        Assert.Equal(TokenRejectionReason.Revoked, (await validator.ValidateAsync(before.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.True((await validator.ValidateAsync(after.Tokens.AccessToken, CognitoTokenUse.Access)).IsValid);
        await web.Account(after).RevokeRefreshTokenAsync();
        TokenRejectionReason? reason = await Eventually.UntilAsync(
            async () => (await validator.ValidateAsync(after.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason,
            r => r is not null,
            TimeSpan.FromSeconds(1),
            TimeSpan.FromMilliseconds(20));

        Assert.Equal(TokenRejectionReason.Revoked, reason);
    }

    [Fact]
    public async Task AnInstanceStartedWhileRedisIsDown_ReadsTheRevocationsOnceRedisIsBack()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        await using Farm farm = await Farm.StartAsync(pool, instances: 1);
        CognitoSession session = await farm.SignInAndSaveAsync(farm.Instances[0], pool.Users[0], "nina");
        await farm.Instances[0].Account(session).RevokeRefreshTokenAsync();
        await farm.Redis.StopAsync(save: true);

        await using ServiceProvider api = await StartApiAsync(pool, farm); // starts, without the revocations
        ICognitoTokenValidator validator = api.GetRequiredService<ICognitoTokenValidator>();
        Assert.True((await validator.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access)).IsValid);
        await farm.Redis.StartAgainAsync();
        TokenRejectionReason? reason = await Eventually.UntilAsync(
            async () => (await validator.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason,
            r => r is not null,
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(100));

        Assert.Equal(TokenRejectionReason.Revoked, reason);
    }

    /// <summary>An API that only validates tokens, sharing the farm's Redis for revocations, started as a host would.</summary>
    private async Task<ServiceProvider> StartApiAsync(FarmPool pool, Farm farm)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(emulator.Clock);
        services.AddCognitoTokenValidation(o =>
        {
            o.Issuer = pool.Pool.Issuer;
            o.AllowedClientIds.Add(pool.Client.ClientId);
        });
        services.AddCognitoRedisRevocation(o => o.Configuration = farm.Redis.Configuration);
        ServiceProvider api = services.BuildServiceProvider();
        await HostedServices.StartAllAsync(api);

        return api;
    }

    /// <summary>Validates <paramref name="token"/> on <paramref name="instance"/> until it is rejected, for one second at most.</summary>
    private static async Task<TokenRejectionReason?> RejectionWithinASecondAsync(ICognitoKit instance, string token, CognitoTokenUse use)
    {
        CognitoTokenValidationResult result = await Eventually.UntilAsync(
            () => instance.Tokens.ValidateAsync(token, use).AsTask(), r => !r.IsValid, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(20));
        return result.RejectionReason;
    }
}
