using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn.Srp;
using Moq;

namespace CognitoKit.Tests.Sessions;

public sealed class CognitoSessionRefreshTests
{
    [Fact]
    public async Task GetValidTokens_WellBeforeTheMargin_ReturnsTheCurrentTokensWithoutCallingCognito()
    {
        using var h = new SessionHarness();
        CognitoSession session = h.SignIn();
        h.Clock.Advance(TimeSpan.FromMinutes(54));

        CognitoTokens tokens = await session.GetValidTokensAsync();

        Assert.Same(session.Tokens, tokens);
        h.Cognito.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetValidTokens_InsideTheMargin_RefreshesAheadOfExpiry()
    {
        using var h = new SessionHarness();
        List<InitiateAuthRequest> refreshes = h.AnswerRefreshes();
        CognitoSession session = h.SignIn();
        CognitoTokens before = session.Tokens;
        h.Clock.Advance(TimeSpan.FromMinutes(55) + TimeSpan.FromSeconds(1));

        CognitoTokens after = await session.GetValidTokensAsync();

        InitiateAuthRequest request = Assert.Single(refreshes);
        Assert.Equal(AuthFlowType.RefreshTokenAuth, request.AuthFlow);
        Assert.Equal(SessionHarness.ClientId, request.ClientId);
        Assert.Equal("refresh-1", request.AuthParameters!["REFRESH_TOKEN"]);
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.True(after.ExpiresAt > before.ExpiresAt);
        Assert.Equal("refresh-1", after.RefreshToken); // REFRESH_TOKEN_AUTH returns none: the old one stays
        Assert.Same(after, session.Tokens);
    }

    [Fact]
    public async Task GetValidTokens_WithTokensShorterThanTwiceTheMargin_RefreshesAtHalfTheirLifetimeOnly()
    {
        using var h = new SessionHarness(o => o.RefreshMargin = TimeSpan.FromMinutes(5));
        List<InitiateAuthRequest> refreshes = h.AnswerRefreshes(TimeSpan.FromMinutes(5));
        CognitoSession session = h.SignIn(TimeSpan.FromMinutes(5));

        await session.GetValidTokensAsync();
        h.Clock.Advance(TimeSpan.FromSeconds(149));
        await session.GetValidTokensAsync();
        Assert.Empty(refreshes);

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await session.GetValidTokensAsync();
        await session.GetValidTokensAsync();
        await session.GetValidTokensAsync();

        Assert.Single(refreshes);
        Assert.Equal(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(150), session.RefreshDueAt);
    }

    [Fact]
    public void EffectiveMargin_WithoutAnIssueTime_IsTheConfiguredMargin()
    {
        var now = DateTimeOffset.UnixEpoch;
        var tokens = new CognitoTokens("id", "access", "refresh", now.AddMinutes(2), now.AddMinutes(2));

        Assert.Equal(TimeSpan.FromMinutes(5), CognitoSession.EffectiveMargin(tokens, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Refresh_WithAClientSecret_HashesTheUsernameCognitoKnowsNotTheSignInAlias()
    {
        using var h = new SessionHarness(o => o.ClientSecret = "s3cr3t-value");
        List<InitiateAuthRequest> refreshes = h.AnswerRefreshes();
        CognitoSession session = h.SignIn();

        await session.RefreshAsync();

        string sent = Assert.Single(refreshes).AuthParameters!["SECRET_HASH"];
        Assert.Equal(SecretHash.Compute(SessionHarness.Username, SessionHarness.ClientId, "s3cr3t-value"), sent);
        Assert.NotEqual(SecretHash.Compute("alice@example.com", SessionHarness.ClientId, "s3cr3t-value"), sent);
        Assert.Equal(SessionHarness.Username, session.Username);
    }

    [Fact]
    public async Task Refresh_WithoutAClientSecret_SendsNoSecretHash()
    {
        using var h = new SessionHarness();
        List<InitiateAuthRequest> refreshes = h.AnswerRefreshes();

        await h.SignIn().RefreshAsync();

        Assert.False(Assert.Single(refreshes).AuthParameters!.ContainsKey("SECRET_HASH"));
    }

    [Fact]
    public async Task Refresh_OfASessionWithARememberedDevice_SendsItsDeviceKey()
    {
        using var h = new SessionHarness();
        List<InitiateAuthRequest> refreshes = h.AnswerRefreshes();

        await h.SignIn(deviceKey: "eu-west-1_device-123").RefreshAsync();

        Assert.Equal("eu-west-1_device-123", Assert.Single(refreshes).AuthParameters!["DEVICE_KEY"]);
    }

    [Fact]
    public async Task Refresh_OfASessionWithoutADevice_SendsNoDeviceKey()
    {
        using var h = new SessionHarness();
        List<InitiateAuthRequest> refreshes = h.AnswerRefreshes();

        await h.SignIn().RefreshAsync();

        Assert.False(Assert.Single(refreshes).AuthParameters!.ContainsKey("DEVICE_KEY"));
    }

    [Fact]
    public async Task Refresh_WithRotation_UsesGetTokensFromRefreshTokenAndKeepsTheNewRefreshToken()
    {
        using var h = new SessionHarness(o =>
        {
            o.RefreshTokenRotation = true;
            o.ClientSecret = "rotating-secret";
        });
        var sent = new List<GetTokensFromRefreshTokenRequest>();
        int issued = 1;
        h.Cognito.Setup(c => c.GetTokensFromRefreshTokenAsync(It.IsAny<GetTokensFromRefreshTokenRequest>(), It.IsAny<CancellationToken>()))
            .Returns((GetTokensFromRefreshTokenRequest r, CancellationToken _) =>
            {
                sent.Add(r);
                issued++;
                return Task.FromResult(new GetTokensFromRefreshTokenResponse
                {
                    AuthenticationResult = FakeJwt.Result(h.Clock, SessionHarness.Username, TimeSpan.FromHours(1), $"refresh-{issued}"),
                });
            });
        CognitoSession session = h.SignIn(deviceKey: "eu-west-1_dev");
        var saved = new List<string?>();
        session.TokensRefreshed += (_, tokens) => saved.Add(tokens.RefreshToken);

        await session.RefreshAsync();
        await session.RefreshAsync();

        Assert.Equal(["refresh-1", "refresh-2"], sent.Select(r => r.RefreshToken));
        Assert.All(sent, r => Assert.Equal("rotating-secret", r.ClientSecret));
        Assert.All(sent, r => Assert.Equal("eu-west-1_dev", r.DeviceKey));
        Assert.All(sent, r => Assert.Equal(SessionHarness.ClientId, r.ClientId));
        Assert.Equal("refresh-3", session.Tokens.RefreshToken);
        Assert.Equal(["refresh-2", "refresh-3"], saved);
    }

    [Fact]
    public async Task GetValidTokens_ByAThousandConcurrentCallers_RefreshesOnce()
    {
        using var h = new SessionHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (InitiateAuthRequest _, CancellationToken _) =>
            {
                Interlocked.Increment(ref calls);
                await release.Task;
                return new InitiateAuthResponse { AuthenticationResult = FakeJwt.Result(h.Clock, SessionHarness.Username, TimeSpan.FromHours(1), null) };
            });
        CognitoSession session = h.SignIn();
        h.Clock.Advance(TimeSpan.FromHours(2));

        Task<CognitoTokens>[] callers = Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(() => session.GetValidTokensAsync()))
            .ToArray();
        await Task.Delay(50); // let the callers pile up behind the one refresh (correctness does not depend on it)
        release.SetResult();
        CognitoTokens[] results = await Task.WhenAll(callers);

        Assert.Equal(1, calls);
        Assert.All(results, t => Assert.Same(session.Tokens, t));
    }

    [Fact]
    public async Task GetValidTokens_WhenOneCallerCancels_TheSharedRefreshStillCompletesForTheOthers()
    {
        using var h = new SessionHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (InitiateAuthRequest _, CancellationToken _) =>
            {
                await release.Task;
                return new InitiateAuthResponse { AuthenticationResult = FakeJwt.Result(h.Clock, SessionHarness.Username, TimeSpan.FromHours(1), null) };
            });
        CognitoSession session = h.SignIn();
        h.Clock.Advance(TimeSpan.FromHours(2));
        using var cts = new CancellationTokenSource();

        Task<CognitoTokens> impatient = session.GetValidTokensAsync(cts.Token);
        Task<CognitoTokens> patient = session.GetValidTokensAsync();
        await cts.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        CognitoTokens tokens = await patient;
        Assert.True(tokens.ExpiresAt > h.Clock.GetUtcNow());
    }
}
