using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Sessions;

public sealed class CognitoSessionFailureTests
{
    public static TheoryData<string> SessionEndingErrors => new()
    {
        nameof(NotAuthorizedException),
        nameof(UserNotFoundException),
        nameof(RefreshTokenReuseException),
    };

    public static TheoryData<string> TransientErrors => new()
    {
        nameof(TooManyRequestsException),
        nameof(InternalErrorException),
        nameof(CognitoUnavailableException),
    };

    [Theory]
    [MemberData(nameof(SessionEndingErrors))]
    public async Task Refresh_RefusedByCognito_EndsTheSessionWithSessionExpired(string errorCode)
    {
        using var h = new SessionHarness();
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(errorCode));
        CognitoSession session = h.SignIn();
        h.Clock.Advance(TimeSpan.FromHours(2));

        var ended = await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());

        Assert.True(session.IsEnded);
        Assert.Contains("sign in again", ended.Message, StringComparison.Ordinal);
        Assert.Equal(errorCode, Assert.IsAssignableFrom<CognitoException>(ended.InnerException).ErrorCode);
        Assert.DoesNotContain("refresh-1", ended.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetValidTokens_AfterTheSessionEnded_ThrowsWithoutCallingCognitoAgain()
    {
        using var h = new SessionHarness();
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Refresh Token has been revoked"));
        CognitoSession session = h.SignIn();
        h.Clock.Advance(TimeSpan.FromHours(2));
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());

        Assert.Throws<CognitoSessionExpiredException>(() => { _ = session.GetValidTokensAsync(); });
        Assert.Throws<CognitoSessionExpiredException>(() => { _ = session.RefreshAsync(); });

        h.Cognito.Verify(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [MemberData(nameof(TransientErrors))]
    public async Task Refresh_FailingTransiently_SurfacesTheErrorAndKeepsTheSessionAndItsTokens(string errorCode)
    {
        using var h = new SessionHarness();
        h.Cognito.SetupSequence(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(errorCode))
            .ReturnsAsync(new InitiateAuthResponse
            {
                AuthenticationResult = FakeJwt.Result(h.Clock, SessionHarness.Username, TimeSpan.FromHours(1), null),
            });
        CognitoSession session = h.SignIn();
        CognitoTokens before = session.Tokens;
        h.Clock.Advance(TimeSpan.FromMinutes(58));

        var error = await Assert.ThrowsAnyAsync<CognitoException>(() => session.GetValidTokensAsync());

        Assert.Equal(errorCode, error.GetType().Name);
        Assert.False(session.IsEnded);
        Assert.Same(before, session.Tokens);

        CognitoTokens after = await session.GetValidTokensAsync();
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.Equal("refresh-1", after.RefreshToken);
    }

    [Fact]
    public async Task Refresh_OfASessionWithoutARefreshToken_EndsItWithoutCallingCognito()
    {
        using var h = new SessionHarness();
        CognitoSession session = h.Factory.Create(FakeJwt.Result(h.Clock, SessionHarness.Username, TimeSpan.FromHours(1), null), null);
        h.Clock.Advance(TimeSpan.FromHours(2));

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());

        Assert.True(session.IsEnded);
        h.Cognito.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Refresh_AnsweredWithoutTokens_IsAProtocolErrorThatKeepsTheSession()
    {
        using var h = new SessionHarness();
        h.Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InitiateAuthResponse());
        CognitoSession session = h.SignIn();

        await Assert.ThrowsAsync<CognitoProtocolException>(() => session.RefreshAsync());

        Assert.False(session.IsEnded);
    }

    [Fact]
    public void Create_FromAResultWhoseTokensAreNotJwts_ThrowsProtocolError()
    {
        using var h = new SessionHarness();

        Assert.Throws<CognitoProtocolException>(() => h.Factory.Create(
            new AuthenticationResultType { IdToken = "not-a-jwt", AccessToken = "nor-this", RefreshToken = "r" }, null));
    }

    private static CognitoException Error(string code) => code switch
    {
        nameof(NotAuthorizedException) => new NotAuthorizedException("Refresh Token has been revoked"),
        nameof(UserNotFoundException) => new UserNotFoundException("User does not exist."),
        nameof(RefreshTokenReuseException) => new RefreshTokenReuseException("Refresh token reused."),
        nameof(TooManyRequestsException) => new TooManyRequestsException("Rate exceeded"),
        nameof(InternalErrorException) => new InternalErrorException("Internal error"),
        nameof(CognitoUnavailableException) => new CognitoUnavailableException("Cognito could not be reached.", new HttpRequestException("connection refused")),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
