using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.Triggers;
using CognitoKit.Testing.UserPools;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// The domain's tokens: Cognito's claim sets and the pool's keys as in API sign-in (<see cref="TokenIssuer"/>), plus
/// what OAuth adds: the granted <c>scope</c>, <c>version</c>, the ID token's <c>nonce</c> and <c>at_hash</c>, <c>identities</c> of
/// federated users as JSON, and client-credentials tokens.
/// </summary>
internal static class OAuthTokenMinter
{
    private const int AccessTokenVersion = 2;

    /// <summary>ID (with the openid scope) and access tokens for a user; the refresh token only when asked for.</summary>
    public static JsonObject ForUser(OAuthDomain domain, UserPool pool, UserPoolClient client, User user, SignInGrant grant, IReadOnlyList<string> scopes, string? nonce, bool withRefreshToken)
    {
        var state = domain.State;

        // The domain never signs in with a device, so no device is marked used and no device_key is issued.
        var subject = TokenSubject.Read(state, pool, client, user, grant, signedInDevice: null);
        var access = TokenIssuer.AccessClaims(subject, string.Join(' ', scopes), deviceKey: null, AccessTokenVersion);
        var id = scopes.Contains("openid", StringComparer.Ordinal) ? TokenIssuer.IdClaims(subject, nonce, identitiesAsJson: true) : null;
        TokenCustomization.Apply(state, pool, subject, id, access, "TokenGeneration_HostedAuth", clientMetadata: null);
        var tampering = state.Faults.TakeTokenTampering();
        var accessToken = tampering == OAuthTokenTampering.ForgedAccessToken
            ? SignWithUnpublishedKey(access, pool.Keys.AccessKey.KeyId)
            : TokenIssuer.Sign(access, pool.Keys.AccessKey);
        var result = new JsonObject
        {
            ["access_token"] = accessToken,
            ["expires_in"] = (long)client.AccessTokenValidity.TotalSeconds,
            ["token_type"] = "Bearer",
        };
        if (id is not null)
        {
            // As Cognito does, the ID token binds the access token issued with it (OpenID Connect Core, section 3.1.3.6).
            id["at_hash"] = AtHash(tampering == OAuthTokenTampering.WrongAtHash ? accessToken + "-another" : accessToken);
            result["id_token"] = TokenIssuer.Sign(id, pool.Keys.IdKey);
        }

        if (withRefreshToken)
        {
            var refresh = TokenIssuer.AddRefreshSession(state, subject, deviceKey: null);
            domain.RefreshScopes[refresh] = scopes;
            result["refresh_token"] = refresh;
        }

        return result;
    }

    /// <summary>The left half of the SHA-256 of the token's ASCII bytes, base64url-encoded without padding.</summary>
    private static string AtHash(string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        return Base64UrlEncoder.Encode(hash, 0, hash.Length / 2);
    }

    /// <summary>Signs with a key the pool does not publish, under the kid of one it does, as a forger would.</summary>
    private static string SignWithUnpublishedKey(Dictionary<string, object> claims, string keyId)
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = keyId, CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } };
        return TokenIssuer.Sign(claims, key);
    }

    /// <summary>A machine-to-machine access token: <c>sub</c> is the client id, and there is no user, ID or refresh token.</summary>
    public static JsonObject ForClient(EmulatorState state, UserPool pool, UserPoolClient client, IReadOnlyList<string> scopes)
    {
        var iat = state.Now.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["sub"] = client.ClientId,
            ["token_use"] = "access",
            ["scope"] = string.Join(' ', scopes),
            ["auth_time"] = iat,
            ["iss"] = state.TokenIssuerFor(pool),
            ["exp"] = iat + (long)client.AccessTokenValidity.TotalSeconds,
            ["iat"] = iat,
            ["version"] = AccessTokenVersion,
            ["jti"] = Guid.NewGuid().ToString(),
            ["client_id"] = client.ClientId,
        };
        return new JsonObject
        {
            ["access_token"] = TokenIssuer.Sign(claims, pool.Keys.AccessKey),
            ["expires_in"] = (long)client.AccessTokenValidity.TotalSeconds,
            ["token_type"] = "Bearer",
        };
    }
}
