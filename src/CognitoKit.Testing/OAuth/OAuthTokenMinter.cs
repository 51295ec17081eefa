using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// The domain's tokens: Cognito's claim sets and the pool's keys as in API sign-in, plus what OAuth adds: the granted
/// <c>scope</c>, the ID token's <c>nonce</c>, <c>identities</c> of federated users, and client-credentials tokens.
/// </summary>
internal static class OAuthTokenMinter
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>ID (with the openid scope) and access tokens for a user; the refresh token only when asked for.</summary>
    public static JsonObject ForUser(OAuthDomain domain, UserPool pool, UserPoolClient client, User user, SignInGrant grant, IReadOnlyList<string> scopes, string? nonce, bool withRefreshToken)
    {
        var state = domain.State;
        var now = state.Now;
        var iat = now.ToUnixTimeSeconds();
        var issuer = state.IssuerFor(pool.Id);
        string[] groups;
        Dictionary<string, string> attributes;
        lock (pool.Gate)
        {
            user.ActiveOrigins.Add(grant.OriginJti);
            groups = [.. user.Groups.Order(StringComparer.Ordinal)];
            attributes = new Dictionary<string, string>(user.Attributes, StringComparer.Ordinal);
        }

        var eventId = Guid.NewGuid().ToString();
        var access = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = user.Sub };
        if (groups.Length > 0)
        {
            access["cognito:groups"] = groups;
        }

        access["iss"] = issuer;
        access["version"] = 2;
        access["client_id"] = client.ClientId;
        access["origin_jti"] = grant.OriginJti;
        access["event_id"] = eventId;
        access["token_use"] = "access";
        access["scope"] = string.Join(' ', scopes);
        access["auth_time"] = grant.AuthTime.ToUnixTimeSeconds();
        access["exp"] = iat + (long)client.AccessTokenValidity.TotalSeconds;
        access["iat"] = iat;
        access["jti"] = Guid.NewGuid().ToString();
        access["username"] = user.Username;

        var result = new JsonObject
        {
            ["access_token"] = Sign(access, pool.Keys.AccessKey),
            ["expires_in"] = (long)client.AccessTokenValidity.TotalSeconds,
            ["token_type"] = "Bearer",
        };
        if (scopes.Contains("openid", StringComparer.Ordinal))
        {
            result["id_token"] = Sign(IdClaims(user, client, grant, issuer, iat, eventId, groups, attributes, nonce), pool.Keys.IdKey);
        }

        if (withRefreshToken)
        {
            var refresh = state.RefreshTokens.Add(new RefreshSession
            {
                PoolId = pool.Id,
                ClientId = client.ClientId,
                Sub = user.Sub,
                OriginJti = grant.OriginJti,
                AuthTime = grant.AuthTime,
                ExpiresAt = now + client.RefreshTokenValidity,
            });
            domain.RefreshScopes[refresh] = scopes;
            result["refresh_token"] = refresh;
        }

        return result;
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
            ["iss"] = state.IssuerFor(pool.Id),
            ["exp"] = iat + (long)client.AccessTokenValidity.TotalSeconds,
            ["iat"] = iat,
            ["version"] = 2,
            ["jti"] = Guid.NewGuid().ToString(),
            ["client_id"] = client.ClientId,
        };
        return new JsonObject
        {
            ["access_token"] = Sign(claims, pool.Keys.AccessKey),
            ["expires_in"] = (long)client.AccessTokenValidity.TotalSeconds,
            ["token_type"] = "Bearer",
        };
    }

    private static Dictionary<string, object> IdClaims(User user, UserPoolClient client, SignInGrant grant, string issuer, long iat, string eventId, string[] groups, Dictionary<string, string> attributes, string? nonce)
    {
        var id = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = user.Sub };
        if (groups.Length > 0)
        {
            id["cognito:groups"] = groups;
        }

        foreach (var (name, value) in attributes.Where(a => a.Key != "sub"))
        {
            id[name] = name switch
            {
                "identities" => JsonDocument.Parse(value).RootElement.Clone(),
                _ when name.EndsWith("_verified", StringComparison.Ordinal) => value == "true",
                _ => value,
            };
        }

        id["iss"] = issuer;
        id["cognito:username"] = user.Username;
        if (nonce is not null)
        {
            id["nonce"] = nonce;
        }

        id["origin_jti"] = grant.OriginJti;
        id["aud"] = client.ClientId;
        id["event_id"] = eventId;
        id["token_use"] = "id";
        id["auth_time"] = grant.AuthTime.ToUnixTimeSeconds();
        id["exp"] = iat + (long)client.IdTokenValidity.TotalSeconds;
        id["iat"] = iat;
        id["jti"] = Guid.NewGuid().ToString();
        return id;
    }

    private static string Sign(Dictionary<string, object> claims, RsaSecurityKey key) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
