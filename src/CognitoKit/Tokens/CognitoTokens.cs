namespace CognitoKit;

/// <summary>
/// The user-pool tokens of a signed-in user, with their expiry as written in the tokens themselves.
/// </summary>
/// <remarks><see cref="ToString"/> shows expiries only: tokens never reach a log through this type.</remarks>
public sealed class CognitoTokens
{
    /// <summary>Creates a token set.</summary>
    /// <param name="idToken">The ID token (JWT).</param>
    /// <param name="accessToken">The access token (JWT).</param>
    /// <param name="refreshToken">The refresh token, when Cognito issued one.</param>
    /// <param name="idTokenExpiresAt">When the ID token expires (its <c>exp</c>).</param>
    /// <param name="accessTokenExpiresAt">When the access token expires (its <c>exp</c>).</param>
    /// <param name="tokenType">The token type, normally <c>Bearer</c>.</param>
    /// <param name="issuedAt">When Cognito issued the tokens (their <c>iat</c>), when known; used to size the refresh margin.</param>
    public CognitoTokens(
        string idToken,
        string accessToken,
        string? refreshToken,
        DateTimeOffset idTokenExpiresAt,
        DateTimeOffset accessTokenExpiresAt,
        string tokenType = "Bearer",
        DateTimeOffset? issuedAt = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(idToken);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        IdToken = idToken;
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        IdTokenExpiresAt = idTokenExpiresAt;
        AccessTokenExpiresAt = accessTokenExpiresAt;
        TokenType = string.IsNullOrEmpty(tokenType) ? "Bearer" : tokenType;
        IssuedAt = issuedAt;
    }

    /// <summary>The ID token: who the user is (<c>token_use</c> = <c>id</c>, <c>aud</c> = the app client).</summary>
    public string IdToken { get; }

    /// <summary>The access token: what the user may do (<c>token_use</c> = <c>access</c>, <c>client_id</c>, <c>scope</c>).</summary>
    public string AccessToken { get; }

    /// <summary>The refresh token, when Cognito issued one.</summary>
    public string? RefreshToken { get; }

    /// <summary>When the ID token expires.</summary>
    public DateTimeOffset IdTokenExpiresAt { get; }

    /// <summary>When the access token expires.</summary>
    public DateTimeOffset AccessTokenExpiresAt { get; }

    /// <summary>The earlier of the two expiries.</summary>
    public DateTimeOffset ExpiresAt => IdTokenExpiresAt < AccessTokenExpiresAt ? IdTokenExpiresAt : AccessTokenExpiresAt;

    /// <summary>The token type, normally <c>Bearer</c>.</summary>
    public string TokenType { get; }

    /// <summary>When Cognito issued the tokens (the <c>iat</c> of the access token), when known.</summary>
    /// <remarks>With <see cref="ExpiresAt"/> it gives the tokens' lifetime, which caps a session's refresh margin.</remarks>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>Returns the same tokens with <paramref name="refreshToken"/> as the refresh token.</summary>
    /// <param name="refreshToken">The refresh token to carry.</param>
    /// <returns>A new token set; this one is unchanged.</returns>
    internal CognitoTokens WithRefreshToken(string? refreshToken) =>
        new(IdToken, AccessToken, refreshToken, IdTokenExpiresAt, AccessTokenExpiresAt, TokenType, IssuedAt);

    /// <summary>Describes the token set by its expiries only.</summary>
    /// <returns>A description with no token in it.</returns>
    public override string ToString() =>
        $"CognitoTokens {{ ExpiresAt = {ExpiresAt:O}, HasRefreshToken = {RefreshToken is not null} }}";
}
