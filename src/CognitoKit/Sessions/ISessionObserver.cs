namespace CognitoKit.Sessions;

/// <summary>Hears what happens to a session after it was handed out: a session store uses it to keep its copy current.</summary>
/// <remarks>Implementations must not throw: the session awaits them inside a refresh that many callers may share.</remarks>
internal interface ISessionObserver
{
    /// <summary>The session's tokens were refreshed to <paramref name="tokens"/> (awaited before waiting callers resume).</summary>
    Task TokensRefreshedAsync(CognitoSession session, CognitoTokens tokens);

    /// <summary>Cognito refused the refresh token: the session ended while holding <paramref name="lastTokens"/>.</summary>
    Task SessionEndedAsync(CognitoSession session, CognitoTokens lastTokens);
}
