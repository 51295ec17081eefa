using CognitoKit.Errors;

namespace CognitoKit.Sessions;

/// <summary>Trades a refresh token for new tokens (REFRESH_TOKEN_AUTH or GetTokensFromRefreshToken).</summary>
internal interface ISessionRefresher
{
    /// <summary>
    /// Returns fresh tokens for <paramref name="username"/>'s <paramref name="refreshToken"/>. A refresh token that is
    /// revoked or expired surfaces as <see cref="NotAuthorizedException"/>; the session turns that into
    /// <see cref="CognitoSessionExpiredException"/>.
    /// </summary>
    Task<CognitoTokens> RefreshAsync(string username, string? deviceKey, string refreshToken, CancellationToken cancellationToken);
}
