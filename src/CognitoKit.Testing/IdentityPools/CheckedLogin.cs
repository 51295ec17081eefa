using System.Text.Json.Nodes;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>A login of one request after its checks: what it proves, and what the role mappings read from its token.</summary>
/// <param name="Login">The provider and user the token proves.</param>
/// <param name="Claims">The token's claims when it is a JWT (it passed every check first); null otherwise.</param>
/// <param name="UserPoolClientId">For a user pool's ID token, the app client it was issued to (its <c>aud</c>): a user
/// pool's role mapping is keyed by provider name and app client; null for other providers.</param>
internal sealed record CheckedLogin(VerifiedLogin Login, JsonObject? Claims, string? UserPoolClientId);
