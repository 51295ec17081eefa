using CognitoKit.Tokens;
using CognitoKit.StackExchangeRedis.Tests.Infrastructure;

namespace CognitoKit.StackExchangeRedis.Tests.Sessions;

public sealed class RedisOutageTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task RedisStoppedAndRestartedMidRun_HeldSessionsKeepWorking_TheRotatedTokenIsWrittenBack_AndOthersGetATypedError()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: true);
        await using Farm farm = await Farm.StartAsync(pool, instances: 3);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        await farm.SignInAndSaveAsync(instances[0], pool.Users[0], "carol");

        // The save's change notice may reach the other instances after their reads below: it names the value written,
        // so it does not drop the copies they read (ChangeNoticeTests pins that down).
        CognitoSession onTwo = (await instances[1].Sessions.GetAsync("carol"))!;
        Assert.NotNull(await instances[2].Sessions.GetAsync("carol")); // loads the third instance's key ring before the outage

        await farm.Redis.StopAsync(save: true); // a Redis with persistence goes down
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoTokens[] duringOutage = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
            await (await instances[1].Sessions.GetAsync("carol"))!.GetValidTokensAsync())));
        var unknown = await Assert.ThrowsAsync<CognitoSessionStoreUnavailableException>(() => instances[2].Sessions.GetAsync("never-held"));

        Assert.Equal(1, pool.Refreshes()); // refreshed in process, once
        Assert.Single(duringOutage.Select(t => t.AccessToken).Distinct(StringComparer.Ordinal));
        Assert.True(unknown.IsTransient);
        Assert.False(onTwo.IsEnded);

        await farm.Redis.StartAgainAsync(); // it comes back with what it saved: the refresh token the outage refresh spent
        CognitoSession? onThree = await Eventually.UntilAsync(
            async () =>
            {
                try
                {
                    return await instances[2].Sessions.GetAsync("carol");
                }
                catch (CognitoSessionStoreUnavailableException)
                {
                    return null; // not reconnected yet
                }
            },
            s => s?.Tokens.AccessToken == duringOutage[0].AccessToken,
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(200));

        Assert.Equal(duringOutage[0].AccessToken, onThree?.Tokens.AccessToken); // the instance that refreshed wrote it back
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoTokens later = await onThree!.GetValidTokensAsync(); // the rotated refresh token, not the spent one
        Assert.Equal(2, pool.Refreshes());
        Assert.True((await instances[0].Tokens.ValidateAsync(later.AccessToken, CognitoTokenUse.Access)).IsValid);
    }

    [Fact]
    public async Task RedisDownAtStart_GetAndSave_FailWithTheTypedErrorOrAreKept_NeverAnUntypedOne()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        await using Farm farm = await Farm.StartAsync(pool, instances: 1);
        await farm.Redis.StopAsync(save: false);
        ICognitoKit kit = farm.Instances[0];

        await Assert.ThrowsAsync<CognitoSessionStoreUnavailableException>(() => kit.Sessions.GetAsync("nobody"));
        SignedIn signedIn = Assert.IsType<SignedIn>(await kit.SignIn(pool.Users[0], EmulatorFixture.Password).SendAsync());
        await kit.Sessions.SaveAsync("dan", signedIn.Session); // kept in this instance until Redis is back
        CognitoSession? held = await kit.Sessions.GetAsync("dan");

        Assert.Same(signedIn.Session, held);
        await farm.Redis.StartAgainAsync();
        bool written = await Eventually.UntilAsync(
            async () => (await farm.Redis.DumpAsync()).Keys.Any(k => k.EndsWith(":s:dan", StringComparison.Ordinal)),
            w => w,
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(200));

        Assert.True(written, "the session saved during the outage was not written to Redis once it came back");
    }
}
