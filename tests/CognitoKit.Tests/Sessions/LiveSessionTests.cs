using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace CognitoKit.Tests.Sessions;

/// <summary>One process keeps one live session per key, so the requests of one user share one refresh.</summary>
public sealed class LiveSessionTests
{
    private const int Requests = 32;

    [Fact]
    public async Task ConcurrentGets_OfAnExpiringSessionWithRotation_ShareOneSessionAndOneRefresh()
    {
        using var h = new SessionHarness(o => o.RefreshTokenRotation = true);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int refreshes = 0;
        h.Cognito.Setup(c => c.GetTokensFromRefreshTokenAsync(It.IsAny<GetTokensFromRefreshTokenRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (GetTokensFromRefreshTokenRequest _, CancellationToken _) =>
            {
                int n = Interlocked.Increment(ref refreshes);

                // Held until every request has asked for tokens, so copies of the session would each start their own refresh.
                await release.Task;
                return new GetTokensFromRefreshTokenResponse
                {
                    AuthenticationResult = FakeJwt.Result(h.Clock, SessionHarness.Username, TimeSpan.FromHours(1), $"refresh-rotated-{n}"),
                };
            });
        await h.Kit.Sessions.SaveAsync("user-1", h.SignIn());
        ForgetLiveSession(h, "user-1"); // as after a restart: only the store knows the session
        h.Clock.Advance(TimeSpan.FromHours(2));

        CognitoSession?[] sessions = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Task.Run(() => h.Kit.Sessions.GetAsync("user-1"))));
        Task<CognitoTokens>[] asking = sessions.Select(s => s!.GetValidTokensAsync()).ToArray();
        release.SetResult();
        CognitoTokens[] tokens = await Task.WhenAll(asking);

        Assert.Equal(1, Volatile.Read(ref refreshes));
        Assert.All(sessions, s => Assert.Same(sessions[0], s));
        Assert.Single(tokens.Select(t => t.AccessToken).Distinct());
        CognitoSessionSnapshot stored = (await h.Provider.GetRequiredService<ICognitoSessionStore>().GetAsync("user-1"))!;
        Assert.Equal("refresh-rotated-1", stored.RefreshToken);
        Assert.Same(sessions[0], await h.Kit.Sessions.GetAsync("user-1"));
    }

    [Fact]
    public async Task Get_AfterSave_ReturnsTheSavedSessionItself()
    {
        using var h = new SessionHarness();
        CognitoSession signedIn = h.SignIn();

        await h.Kit.Sessions.SaveAsync("user-2", signedIn);

        Assert.Same(signedIn, await h.Kit.Sessions.GetAsync("user-2"));
    }

    [Fact]
    public async Task Get_InAnotherProcessSharingTheStore_RestoresACopyWithTheSameUserTokensAndDevice()
    {
        using var h = new SessionHarness();
        CognitoSession signedIn = h.SignIn(deviceKey: "eu-west-1_dev1");
        await h.Kit.Sessions.SaveAsync("user-3", signedIn);
        var otherProcess = new CognitoSessions(h.Provider.GetRequiredService<ICognitoSessionStore>(), h.Factory, NullLogger.Instance);

        CognitoSession? restored = await otherProcess.GetAsync("user-3");

        Assert.NotNull(restored);
        Assert.NotSame(signedIn, restored);
        Assert.Equal(signedIn.Username, restored.Username);
        Assert.Equal("eu-west-1_dev1", restored.DeviceKey);
        Assert.Equal(signedIn.Tokens.AccessToken, restored.Tokens.AccessToken);
        Assert.Equal(signedIn.Tokens.RefreshToken, restored.Tokens.RefreshToken);
        Assert.Equal(signedIn.RefreshDueAt, restored.RefreshDueAt);
        Assert.Same(restored, await otherProcess.GetAsync("user-3"));
    }

    [Fact]
    public async Task Get_AfterANewSignInWasStoredUnderTheKeyElsewhere_ReturnsTheNewSignIn()
    {
        using var h = new SessionHarness();
        CognitoSession first = h.SignIn(refreshToken: "refresh-first");
        await h.Kit.Sessions.SaveAsync("user-4", first);
        h.Clock.Advance(TimeSpan.FromSeconds(5)); // a later sign-in: other tokens
        CognitoSessionSnapshot second = h.SignIn(refreshToken: "refresh-second").ToSnapshot();
        await h.Provider.GetRequiredService<ICognitoSessionStore>().SetAsync("user-4", second);

        CognitoSession? got = await h.Kit.Sessions.GetAsync("user-4");

        Assert.NotSame(first, got);
        Assert.Equal("refresh-second", got!.Tokens.RefreshToken);
        Assert.Equal(second.AccessToken, got.Tokens.AccessToken);
    }

    [Fact]
    public async Task Get_AfterAnotherProcessRefreshedTheSession_ReturnsTheStoredFreshTokens()
    {
        using var h = new SessionHarness();
        h.AnswerRefreshes();
        ICognitoSessionStore store = h.Provider.GetRequiredService<ICognitoSessionStore>();
        CognitoSession mine = h.SignIn();
        await h.Kit.Sessions.SaveAsync("user-5", mine);
        var otherProcess = new CognitoSessions(store, h.Factory, NullLogger.Instance);
        h.Clock.Advance(TimeSpan.FromHours(2));
        CognitoTokens refreshedThere = await (await otherProcess.GetAsync("user-5"))!.GetValidTokensAsync();

        CognitoSession? got = await h.Kit.Sessions.GetAsync("user-5");

        Assert.NotSame(mine, got);
        Assert.Equal(refreshedThere.AccessToken, got!.Tokens.AccessToken);
    }

    [Fact]
    public async Task Get_WhenTheStoreMissedTheLiveSessionsRefresh_StillReturnsTheLiveSession()
    {
        var inner = new Mock<ICognitoSessionStore>();
        CognitoSessionSnapshot? saved = null;
        inner.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => saved);
        inner.Setup(s => s.SetAsync(It.IsAny<string>(), It.IsAny<CognitoSessionSnapshot>(), It.IsAny<CancellationToken>()))
            .Returns((string _, CognitoSessionSnapshot snapshot, CancellationToken _) =>
            {
                if (saved is not null)
                {
                    return ValueTask.FromException(new IOException("cache down")); // only the first save gets through
                }

                saved = snapshot;
                return ValueTask.CompletedTask;
            });
        using var h = new SessionHarness();
        h.AnswerRefreshes();
        var sessions = new CognitoSessions(inner.Object, h.Factory, NullLogger.Instance);
        CognitoSession live = h.SignIn();
        await sessions.SaveAsync("user-6", live);

        CognitoTokens refreshed = await live.RefreshAsync();

        Assert.NotEqual(refreshed.AccessToken, saved!.AccessToken);
        Assert.Same(live, await sessions.GetAsync("user-6"));
    }

    [Fact]
    public async Task Get_AfterRemoveAndTheSameSnapshotStoredAgain_RestoresANewSession()
    {
        using var h = new SessionHarness();
        CognitoSession first = h.SignIn();
        await h.Kit.Sessions.SaveAsync("user-7", first);
        await h.Kit.Sessions.RemoveAsync("user-7");
        await h.Provider.GetRequiredService<ICognitoSessionStore>().SetAsync("user-7", first.ToSnapshot());

        CognitoSession? got = await h.Kit.Sessions.GetAsync("user-7");

        Assert.NotNull(got);
        Assert.NotSame(first, got);
    }

    [Fact]
    public async Task Get_AfterTheLiveSessionEnded_RestoresAnUnendedSessionFromTheStore()
    {
        using var h = new SessionHarness();
        CognitoSession first = h.SignIn();
        await h.Kit.Sessions.SaveAsync("user-8", first);
        first.End(new CognitoSessionExpiredException("ended"));

        CognitoSession? got = await h.Kit.Sessions.GetAsync("user-8");

        Assert.NotSame(first, got);
        Assert.False(got!.IsEnded);
    }

    [Fact]
    public async Task Refresh_RefusedByCognito_ForgetsTheLiveSession()
    {
        using var h = new SessionHarness();
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Refresh Token has been revoked"));
        var sessions = (CognitoSessions)h.Kit.Sessions;
        CognitoSession session = h.SignIn();
        await sessions.SaveAsync("user-9", session);

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.RefreshAsync());

        Assert.Equal(0, sessions.Live.Count);
    }

    private static void ForgetLiveSession(SessionHarness h, string key) => ((CognitoSessions)h.Kit.Sessions).Live.Remove(key);
}
