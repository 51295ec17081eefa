using System.Globalization;
using CognitoKit.Tokens;

namespace CognitoKit.Demo;

/// <summary>The tokens: what they say, how they are checked, and how they stay fresh.</summary>
internal static partial class DemoSteps
{
    private static Task<string> IdTokenAsync(DemoContext c, CancellationToken ct) => ValidateAsync(c, CognitoTokenUse.Id, ct);

    private static Task<string> AccessTokenAsync(DemoContext c, CancellationToken ct) => ValidateAsync(c, CognitoTokenUse.Access, ct);

    /// <summary>
    /// Validates a token as an API would (signature against the pool's JWKS, issuer, <c>token_use</c>, app client,
    /// expiry) and shows the claims the validator read from it.
    /// </summary>
    private static async Task<string> ValidateAsync(DemoContext c, CognitoTokenUse use, CancellationToken ct)
    {
        CognitoTokens tokens = await c.Session!.GetValidTokensAsync(ct);
        string token = use == CognitoTokenUse.Id ? tokens.IdToken : tokens.AccessToken;
        CognitoTokenValidationResult result = await c.Cognito.Tokens.ValidateAsync(token, use, ct);
        DemoContext.Check(result.IsValid, $"the validator rejected it ({result.RejectionReason}): {result.Message}");

        CognitoTokenClaims claims = result.Claims;
        string client = use == CognitoTokenUse.Id ? "aud" : "client_id";
        string lifetime = claims is { IssuedAt: { } iat, ExpiresAt: { } exp }
            ? ((long)(exp - iat).TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s"
            : "?";
        return $"{Shown.Secret(token)} valid: token_use={(use == CognitoTokenUse.Id ? "id" : "access")} {client}={claims.ClientId} "
            + $"sub={claims.Subject} iss={claims.Issuer} iat={Shown.Time(claims.IssuedAt)} exp={Shown.Time(claims.ExpiresAt)} (lifetime {lifetime})";
    }

    private static async Task<string> WrongTokenUseAsync(DemoContext c, CancellationToken ct)
    {
        CognitoTokens tokens = await c.Session!.GetValidTokensAsync(ct);
        CognitoTokenValidationResult result = await c.Cognito.Tokens.ValidateAsync(tokens.IdToken, CognitoTokenUse.Access, ct);
        DemoContext.Check(result.RejectionReason == TokenRejectionReason.WrongTokenUse, "the ID token passed as an access token");
        return $"the ID token offered where an access token is expected: rejected ({result.RejectionReason}): {result.Message}";
    }

    private static async Task<string> RefreshAsync(DemoContext c, CancellationToken ct)
    {
        CognitoSession session = c.Session!;
        CognitoTokens before = session.Tokens;
        CognitoTokens after = await session.RefreshAsync(ct);
        DemoContext.Check(after.AccessToken != before.AccessToken, "the refresh returned the same access token");
        string kept = after.RefreshToken == before.RefreshToken ? "refresh token kept" : "refresh token rotated";
        return $"REFRESH_TOKEN_AUTH: new access token {Shown.Secret(after.AccessToken)}, expires {Shown.Time(after.ExpiresAt)}; {kept}; "
            + $"session.GetValidTokensAsync() refreshes by itself from {Shown.Time(session.RefreshDueAt)}";
    }
}
