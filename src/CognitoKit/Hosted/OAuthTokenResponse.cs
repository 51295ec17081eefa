namespace CognitoKit.Hosted;

/// <summary>Tokens from the domain's <c>/oauth2/token</c> endpoint.</summary>
/// <param name="AccessToken">The access token.</param>
/// <param name="IdToken">The ID token; null for client credentials, or without the <c>openid</c> scope.</param>
/// <param name="RefreshToken">The refresh token; null when none was issued (refresh and client-credentials grants).</param>
/// <param name="ExpiresIn">The access token's lifetime in seconds.</param>
/// <param name="TokenType">The token type, <c>Bearer</c>.</param>
public sealed record OAuthTokenResponse(string AccessToken, string? IdToken, string? RefreshToken, int ExpiresIn, string TokenType)
{
    /// <summary>Describes the response without the tokens.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() =>
        $"OAuthTokenResponse {{ AccessToken = ***, IdToken = {(IdToken is null ? "null" : "***")}, RefreshToken = {(RefreshToken is null ? "null" : "***")}, ExpiresIn = {ExpiresIn}, TokenType = {TokenType} }}";
}
