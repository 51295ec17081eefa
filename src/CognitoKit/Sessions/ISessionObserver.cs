namespace CognitoKit.Sessions;

/// <summary>Hears what happens to a session after it was handed out: a session store uses it to keep its copy current.</summary>
/// <remarks>Implementations must not throw from the notifications: the session awaits them inside a refresh that many callers may share.</remarks>
internal interface ISessionObserver
{
    /// <summary>
    /// Runs the refresh of <paramref name="current"/>: <paramref name="refresh"/> trades the refresh token of the tokens
    /// it is given for new ones. A binding to a store shared by several processes may coordinate it with them (one
    /// refresh across all of them) and answer with tokens another process stored; <c>Stored</c> then says the store
    /// already holds the answer.
    /// </summary>
    Task<(CognitoTokens Tokens, bool Stored)> RefreshAsync(CognitoSession session, CognitoTokens current, Func<CognitoTokens, Task<CognitoTokens>> refresh);

    /// <summary>The session's tokens were refreshed to <paramref name="tokens"/> (awaited before waiting callers resume); <paramref name="stored"/> when the store holds them already.</summary>
    Task TokensRefreshedAsync(CognitoSession session, CognitoTokens tokens, bool stored);

    /// <summary>Cognito refused the refresh token: the session ended while holding <paramref name="lastTokens"/>.</summary>
    Task SessionEndedAsync(CognitoSession session, CognitoTokens lastTokens);
}
