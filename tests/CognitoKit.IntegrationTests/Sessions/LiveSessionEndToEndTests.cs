using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Sessions;

public sealed class LiveSessionEndToEndTests(ClockedEmulatorFixture emulator) : IClassFixture<ClockedEmulatorFixture>
{
    [Fact]
    public async Task ConcurrentRequestsOfOneUser_WithRotation_RefreshOnceAndAllGetValidTokens()
    {
        SessionPool pool = await emulator.CreatePoolAsync(rotation: true);
        using ServiceProvider signInServer = pool.CreateProvider();
        using ServiceProvider server = pool.CreateProvider(configureKit: k => k.AddSessionStore(_ => signInServer.GetRequiredService<ICognitoSessionStore>()));
        ICognitoKit signIn = signInServer.GetRequiredService<ICognitoKit>();
        await signIn.Sessions.SaveAsync("user-1", await pool.SignInAsync(signIn));
        ICognitoKit kit = server.GetRequiredService<ICognitoKit>(); // knows the session only from the store
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));

        CognitoSession?[] sessions = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => kit.Sessions.GetAsync("user-1"))));
        CognitoTokens[] tokens = await Task.WhenAll(sessions.Select(s => s!.GetValidTokensAsync()));

        Assert.Equal(1, pool.Refreshes("GetTokensFromRefreshToken"));
        Assert.Single(tokens.Select(t => t.AccessToken).Distinct());
        Assert.True((await kit.Tokens.ValidateAsync(tokens[0].AccessToken, CognitoKit.Tokens.CognitoTokenUse.Access)).IsValid);
        Assert.Equal(tokens[0].RefreshToken, (await kit.Sessions.GetAsync("user-1"))!.Tokens.RefreshToken);
    }
}
