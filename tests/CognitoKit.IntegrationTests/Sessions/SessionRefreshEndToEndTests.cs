using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Sessions;

public sealed class SessionRefreshEndToEndTests(ClockedEmulatorFixture emulator) : IClassFixture<ClockedEmulatorFixture>
{
    [Fact]
    public async Task SignIn_ThenExpiry_RefreshesToNewTokensThatTheFacadesValidatorAccepts()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider provider = pool.CreateProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession session = await pool.SignInAsync(kit);

        CognitoTokenValidationResult id = await kit.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id);
        CognitoTokenValidationResult access = await kit.Tokens.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access);
        Assert.True(id.IsValid, id.Message);
        Assert.True(access.IsValid, access.Message);
        Assert.Equal(pool.User.Sub, access.Claims.Subject);
        Assert.Equal(pool.Client.ClientId, access.Claims.ClientId);

        CognitoTokens old = session.Tokens;
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(TokenRejectionReason.Expired, (await kit.Tokens.ValidateAsync(old.AccessToken, CognitoTokenUse.Access)).RejectionReason);

        CognitoTokens fresh = await session.GetValidTokensAsync();

        Assert.Equal(1, pool.Refreshes());
        Assert.NotEqual(old.AccessToken, fresh.AccessToken);
        Assert.Equal(old.RefreshToken, fresh.RefreshToken);
        Assert.True((await kit.Tokens.ValidateAsync(fresh.IdToken, CognitoTokenUse.Id)).IsValid);
        CognitoTokenValidationResult refreshed = await kit.Tokens.ValidateAsync(fresh.AccessToken, CognitoTokenUse.Access);
        Assert.True(refreshed.IsValid, refreshed.Message);
        Assert.Equal(access.Claims.OriginJti, refreshed.Claims.OriginJti); // the same sign-in, refreshed
    }

    [Fact]
    public async Task GetValidTokens_ByAThousandConcurrentCallersOnAnExpiringSession_SendsExactlyOneRefresh()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider provider = pool.CreateProvider();
        CognitoSession session = await pool.SignInAsync(provider.GetRequiredService<ICognitoKit>());
        emulator.Clock.Advance(TimeSpan.FromMinutes(56));

        CognitoTokens[] results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => session.GetValidTokensAsync())));

        Assert.Equal(1, pool.Refreshes());
        Assert.Single(results.Select(t => t.AccessToken).Distinct());
        Assert.True(results[0].ExpiresAt > emulator.Clock.GetUtcNow().AddMinutes(55));
    }

    [Fact]
    public async Task Refresh_AfterTheRefreshTokenWasRevoked_EndsTheSessionSoTheUserSignsInAgain()
    {
        SessionPool pool = await emulator.CreatePoolAsync(clientSecret: true);
        using ServiceProvider provider = pool.CreateProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession session = await pool.SignInAsync(kit);
        await kit.Sessions.SaveAsync("user-revoked", session);
        await provider.GetRequiredService<IUserPoolsClient>().RevokeTokenAsync(
            new RevokeTokenRequest { Token = session.Tokens.RefreshToken!, ClientId = pool.Client.ClientId, ClientSecret = pool.Client.ClientSecret },
            CancellationToken.None);
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));

        var ended = await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());

        Assert.Contains("sign in again", ended.Message, StringComparison.Ordinal);
        Assert.IsType<NotAuthorizedException>(ended.InnerException);
        Assert.True(session.IsEnded);
        Assert.Null(await kit.Sessions.GetAsync("user-revoked"));
        Assert.IsType<SignedIn>(await kit.SignIn(pool.SignInName, ClockedEmulatorFixture.Password).SendAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Refresh_WithAClientSecret_HashesTheUsernameCognitoKnowsAndSucceeds(bool emailAsUsername)
    {
        SessionPool pool = await emulator.CreatePoolAsync(clientSecret: true, emailAsUsername: emailAsUsername);
        using ServiceProvider provider = pool.CreateProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession session = await pool.SignInAsync(kit);
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));

        CognitoTokens fresh = await session.GetValidTokensAsync();

        Assert.Equal(pool.User.Username, session.Username);
        Assert.Equal(emailAsUsername, session.Username != pool.SignInName);
        Assert.Equal(1, pool.Refreshes());
        Assert.True((await kit.Tokens.ValidateAsync(fresh.AccessToken, CognitoTokenUse.Access)).IsValid);
    }

    [Fact]
    public async Task Refresh_WithRotation_UsesGetTokensFromRefreshTokenAndTheNewRefreshTokenKeepsWorking()
    {
        SessionPool pool = await emulator.CreatePoolAsync(clientSecret: true, rotation: true);
        using ServiceProvider provider = pool.CreateProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession session = await pool.SignInAsync(kit);
        await kit.Sessions.SaveAsync("user-rotating", session);
        string first = session.Tokens.RefreshToken!;

        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoTokens second = await session.GetValidTokensAsync();
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoTokens third = await session.GetValidTokensAsync();

        Assert.Equal(2, pool.Refreshes("GetTokensFromRefreshToken"));
        Assert.Equal(0, pool.Refreshes());
        Assert.NotEqual(first, second.RefreshToken);
        Assert.NotEqual(second.RefreshToken, third.RefreshToken);
        Assert.Equal(third.RefreshToken, (await kit.Sessions.GetAsync("user-rotating"))!.Tokens.RefreshToken);
        Assert.True((await kit.Tokens.ValidateAsync(third.AccessToken, CognitoTokenUse.Access)).IsValid);
    }

    [Theory]
    [InlineData("TooManyRequestsException", 400)]
    [InlineData("InternalErrorException", 500)]
    public async Task Refresh_FailingTransientlyAfterRetries_SurfacesTheErrorAndKeepsTheSessionForTheNextTry(string errorCode, int status)
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider provider = pool.CreateProvider(o =>
        {
            o.MaxAttempts = 3;
            o.RetryBaseDelay = TimeSpan.Zero;
        });
        CognitoSession session = await pool.SignInAsync(provider.GetRequiredService<ICognitoKit>());
        CognitoTokens before = session.Tokens;
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        emulator.Emulator.Faults.FailNext("InitiateAuth", count: 3, errorCode: errorCode, statusCode: status);

        var error = await Assert.ThrowsAnyAsync<CognitoException>(() => session.GetValidTokensAsync());

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.False(session.IsEnded);
        Assert.Same(before, session.Tokens);
        CognitoTokens after = await session.GetValidTokensAsync();
        Assert.NotEqual(before.AccessToken, after.AccessToken);
    }

    [Fact]
    public async Task Refresh_WhenCognitoCannotBeReached_SurfacesUnavailableAndKeepsTheSession()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider signIn = pool.CreateProvider();
        CognitoSession signedIn = await pool.SignInAsync(signIn.GetRequiredService<ICognitoKit>());
        using ServiceProvider offline = pool.CreateProvider(o => o.UserPoolEndpoint = new Uri("http://127.0.0.1:1/"));
        CognitoSession session = offline.GetRequiredService<ICognitoKit>().Sessions.Restore(signedIn.ToSnapshot());
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));

        await Assert.ThrowsAsync<CognitoUnavailableException>(() => session.GetValidTokensAsync());

        Assert.False(session.IsEnded);
        Assert.Equal(signedIn.Tokens.RefreshToken, session.Tokens.RefreshToken);
    }
}
