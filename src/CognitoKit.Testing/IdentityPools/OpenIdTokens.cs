using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>
/// The OpenID tokens of GetOpenIdToken: RS256, <c>aud</c> the identity pool, <c>sub</c> the identity, <c>amr</c> saying
/// how it signed in, valid for ten minutes like Cognito's. The issuer is the emulator's <c>/cognito-identity</c>
/// path, where the OpenID configuration and JWKS are served, so a standard JWT library can check the token.
/// </summary>
internal static class OpenIdTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Issuer(EmulatorState state) => state.Endpoint.AbsoluteUri.TrimEnd('/') + "/cognito-identity";

    /// <summary>Call under the store's lock: reads the identity's logins.</summary>
    public static string Issue(EmulatorState state, IdentityStore store, Identity identity)
    {
        var now = state.Now.ToUnixTimeSeconds();
        var amr = new List<object>();
        if (identity.IsAuthenticated)
        {
            amr.Add("authenticated");
            foreach (var login in identity.Logins.Values)
            {
                amr.Add(login.ProviderName);
            }

            foreach (var login in identity.Logins.Values)
            {
                amr.Add(login.ProviderName + ":CognitoSignIn:" + login.Subject);
            }
        }
        else
        {
            amr.Add("unauthenticated");
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["sub"] = identity.Id,
            ["aud"] = identity.PoolId,
            ["amr"] = amr,
            ["iss"] = Issuer(state),
            ["exp"] = now + (long)Lifetime.TotalSeconds,
            ["iat"] = now,
        };
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(store.OpenIdKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public static JsonObject Jwks(IdentityStore store)
    {
        var parameters = store.OpenIdKey.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["alg"] = "RS256",
                ["use"] = "sig",
                ["kid"] = store.OpenIdKey.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            }),
        };
    }

    public static JsonObject OpenIdConfiguration(EmulatorState state)
    {
        var issuer = Issuer(state);
        return new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = issuer + "/.well-known/jwks_uri",
            ["response_types_supported"] = new JsonArray("code", "id_token"),
            ["subject_types_supported"] = new JsonArray("public"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["claims_supported"] = new JsonArray("aud", "amr", "exp", "iat", "iss", "sub"),
        };
    }
}
