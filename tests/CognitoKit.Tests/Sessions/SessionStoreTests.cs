using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CognitoKit.Tests.Sessions;

public sealed class SessionStoreTests
{
    [Fact]
    public async Task Get_ForAnUnknownKey_ReturnsNull()
    {
        using var h = new SessionHarness();

        Assert.Null(await h.Kit.Sessions.GetAsync("nobody"));
    }

    [Fact]
    public async Task Remove_DeletesTheEntry()
    {
        using var h = new SessionHarness();
        await h.Kit.Sessions.SaveAsync("user-1", h.SignIn());

        await h.Kit.Sessions.RemoveAsync("user-1");

        Assert.Null(await h.Kit.Sessions.GetAsync("user-1"));
    }

    [Fact]
    public async Task Refresh_OfASavedSession_SavesTheNewTokensBeforeHandingThemOut()
    {
        using var h = new SessionHarness(o => o.RefreshTokenRotation = true);
        h.Cognito.Setup(c => c.GetTokensFromRefreshTokenAsync(It.IsAny<GetTokensFromRefreshTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new GetTokensFromRefreshTokenResponse
            {
                AuthenticationResult = FakeJwt.Result(h.Clock, SessionHarness.Username, TimeSpan.FromHours(1), "refresh-rotated"),
            });
        await h.Kit.Sessions.SaveAsync("user-7", h.SignIn());
        CognitoSession session = (await h.Kit.Sessions.GetAsync("user-7"))!;
        h.Clock.Advance(TimeSpan.FromHours(2));

        CognitoTokens fresh = await session.GetValidTokensAsync();

        CognitoSessionSnapshot stored = (await h.Provider.GetRequiredService<ICognitoSessionStore>().GetAsync("user-7"))!;
        Assert.Equal("refresh-rotated", stored.RefreshToken);
        Assert.Equal(fresh.AccessToken, stored.AccessToken);
    }

    [Fact]
    public async Task Refresh_AfterTheEntryWasRemoved_DoesNotBringItBack()
    {
        using var h = new SessionHarness();
        h.AnswerRefreshes();
        CognitoSession session = h.SignIn();
        await h.Kit.Sessions.SaveAsync("user-8", session);
        await h.Kit.Sessions.RemoveAsync("user-8");

        await session.RefreshAsync();

        Assert.Null(await h.Kit.Sessions.GetAsync("user-8"));
    }

    [Fact]
    public async Task Refresh_RefusedByCognito_RemovesTheDeadSessionFromTheStore()
    {
        using var h = new SessionHarness();
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Refresh Token has been revoked"));
        await h.Kit.Sessions.SaveAsync("user-9", h.SignIn());
        CognitoSession session = (await h.Kit.Sessions.GetAsync("user-9"))!;

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.RefreshAsync());

        Assert.Null(await h.Kit.Sessions.GetAsync("user-9"));
    }

    [Fact]
    public async Task Refresh_RefusedForAnOldSession_KeepsTheNewerSessionSavedUnderTheSameKey()
    {
        using var h = new SessionHarness();
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Refresh Token has been revoked"));
        CognitoSession old = h.SignIn(refreshToken: "refresh-old");
        await h.Kit.Sessions.SaveAsync("user-10", old);
        await h.Kit.Sessions.SaveAsync("user-10", h.SignIn(refreshToken: "refresh-new"));

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => old.RefreshAsync());

        Assert.Equal("refresh-new", (await h.Kit.Sessions.GetAsync("user-10"))!.Tokens.RefreshToken);
    }

    [Fact]
    public async Task Save_WhenTheStoreFailsAfterARefresh_StillHandsOutTheRefreshedTokens()
    {
        var store = new Mock<ICognitoSessionStore>();
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("cache down"));
        using var h = new SessionHarness();
        h.AnswerRefreshes();
        var sessions = new CognitoKit.Sessions.CognitoSessions(store.Object, h.Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        CognitoSession session = h.SignIn();
        await sessions.SaveAsync("user-11", session);
        CognitoTokens before = session.Tokens;

        CognitoTokens after = await session.RefreshAsync();

        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.False(session.IsEnded);
    }

    [Fact]
    public async Task Save_OfAnEndedSession_ThrowsArgumentException()
    {
        using var h = new SessionHarness();
        CognitoSession session = h.SignIn();
        session.End(new CognitoSessionExpiredException("signed out"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => h.Kit.Sessions.SaveAsync("user-12", session));

        Assert.Equal("session", error.ParamName);
    }

    [Fact]
    public async Task Save_WithAnEmptyKey_ThrowsArgumentExceptionNamingTheKey()
    {
        using var h = new SessionHarness();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => h.Kit.Sessions.SaveAsync("", h.SignIn()));

        Assert.Equal("key", error.ParamName);
    }

    [Fact]
    public async Task Restore_OfASnapshotReadBackFromJson_GivesASessionThatRefreshesLikeTheOriginal()
    {
        using var h = new SessionHarness(o => o.ClientSecret = "restore-secret");
        List<InitiateAuthRequest> refreshes = h.AnswerRefreshes();
        CognitoSession original = h.SignIn(deviceKey: "eu-west-1_dev2");
        string json = original.ToSnapshot().ToJson();

        CognitoSession restored = h.Kit.Sessions.Restore(CognitoSessionSnapshot.FromJson(json));
        await restored.RefreshAsync();

        Assert.Equal(original.ToSnapshot(), CognitoSessionSnapshot.FromJson(json));
        InitiateAuthRequest request = Assert.Single(refreshes);
        Assert.Equal("eu-west-1_dev2", request.AuthParameters!["DEVICE_KEY"]);
        Assert.Equal(original.Tokens.RefreshToken, request.AuthParameters["REFRESH_TOKEN"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("{\"username\":\"u\",\"idToken\":\"\",\"accessToken\":\"a\"}")]
    [InlineData("not json")]
    public void FromJson_OfSomethingElse_ThrowsArgumentExceptionNamingTheJson(string json)
    {
        var error = Assert.Throws<ArgumentException>(() => CognitoSessionSnapshot.FromJson(json));

        Assert.Equal("json", error.ParamName);
    }

    [Fact]
    public void Restore_OfASnapshotWithoutTokens_ThrowsArgumentException()
    {
        using var h = new SessionHarness();
        var snapshot = new CognitoSessionSnapshot { Username = "u", IdToken = "", AccessToken = "" };

        var error = Assert.Throws<ArgumentException>(() => h.Kit.Sessions.Restore(snapshot));

        Assert.Equal("snapshot", error.ParamName);
    }

    [Fact]
    public async Task InMemoryStore_UnderConcurrentWritersOfManyUsers_KeepsEveryUsersLastSnapshot()
    {
        using var h = new SessionHarness();
        ICognitoSessionStore store = h.Provider.GetRequiredService<ICognitoSessionStore>();
        CognitoSessionSnapshot template = h.SignIn().ToSnapshot();

        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), async (i, ct) =>
            await store.SetAsync($"user-{i % 200}", template with { DeviceKey = $"device-{i}" }, ct));

        for (int user = 0; user < 200; user++)
        {
            CognitoSessionSnapshot? stored = await store.GetAsync($"user-{user}");
            Assert.NotNull(stored);
            Assert.Equal(user, int.Parse(stored.DeviceKey!["device-".Length..], System.Globalization.CultureInfo.InvariantCulture) % 200);
        }
    }
}
