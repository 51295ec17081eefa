using CognitoKit.Errors;

namespace CognitoKit.Sessions;

/// <summary>Trades a session's refresh token for new tokens (REFRESH_TOKEN_AUTH or GetTokensFromRefreshToken).</summary>
internal interface ISessionRefresher
{
    /// <summary>
    /// Returns fresh tokens for <paramref name="session"/>. A refresh token that is revoked or expired surfaces as
    /// <see cref="NotAuthorizedException"/>; the session turns that into <see cref="CognitoSessionExpiredException"/>.
    /// </summary>
    Task<CognitoTokens> RefreshAsync(CognitoSession session, CancellationToken cancellationToken);
}
