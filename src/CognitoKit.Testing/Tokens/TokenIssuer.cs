using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tokens;

/// <summary>Makes Cognito's ID, access and refresh tokens, with Cognito's claim sets and the client's lifetimes.</summary>
internal static class TokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Builds an AuthenticationResult. Takes the pool lock itself to read the user.</summary>
    public static JsonObject Issue(EmulatorState state, UserPool pool, UserPoolClient client, User user, SignInGrant grant, bool includeRefreshToken)
    {
        var now = state.Now;
        var issuer = state.IssuerFor(pool.Id);
        string[] groups;
        Dictionary<string, string> attributes;
        lock (pool.Gate)
        {
            user.ActiveOrigins.Add(grant.OriginJti);
            groups = [.. user.Groups.Order(StringComparer.Ordinal)];
            attributes = new Dictionary<string, string>(user.Attributes, StringComparer.Ordinal);
            if (grant.DeviceKey is not null && user.Devices.TryGetValue(grant.DeviceKey, out var device))
            {
                device.LastAuthenticatedDate = now;
            }
        }

        var iat = now.ToUnixTimeSeconds();
        var eventId = Guid.NewGuid().ToString();
        var id = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = user.Sub };
        if (groups.Length > 0)
        {
            id["cognito:groups"] = groups;
        }

        foreach (var (name, value) in attributes.Where(a => a.Key != "sub"))
        {
            id[name] = name.EndsWith("_verified", StringComparison.Ordinal) ? value == "true" : value;
        }

        id["iss"] = issuer;
        id["cognito:username"] = user.Username;
        id["origin_jti"] = grant.OriginJti;
        id["aud"] = client.ClientId;
        id["event_id"] = eventId;
        id["token_use"] = "id";
        id["auth_time"] = grant.AuthTime.ToUnixTimeSeconds();
        id["exp"] = iat + (long)client.IdTokenValidity.TotalSeconds;
        id["iat"] = iat;
        id["jti"] = Guid.NewGuid().ToString();

        var access = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = user.Sub };
        if (groups.Length > 0)
        {
            access["cognito:groups"] = groups;
        }

        if (grant.DeviceKey is not null)
        {
            access["device_key"] = grant.DeviceKey;
        }

        access["iss"] = issuer;
        access["client_id"] = client.ClientId;
        access["origin_jti"] = grant.OriginJti;
        access["event_id"] = eventId;
        access["token_use"] = "access";
        access["scope"] = "aws.cognito.signin.user.admin";
        access["auth_time"] = grant.AuthTime.ToUnixTimeSeconds();
        access["exp"] = iat + (long)client.AccessTokenValidity.TotalSeconds;
        access["iat"] = iat;
        access["jti"] = Guid.NewGuid().ToString();
        access["username"] = user.Username;

        var result = new JsonObject
        {
            ["AccessToken"] = Sign(access, pool.Keys.AccessKey),
            ["ExpiresIn"] = (long)client.AccessTokenValidity.TotalSeconds,
            ["TokenType"] = "Bearer",
        };
        if (includeRefreshToken)
        {
            result["RefreshToken"] = state.RefreshTokens.Add(new RefreshSession
            {
                PoolId = pool.Id,
                ClientId = client.ClientId,
                Sub = user.Sub,
                OriginJti = grant.OriginJti,
                AuthTime = grant.AuthTime,
                ExpiresAt = now + client.RefreshTokenValidity,
                DeviceKey = grant.DeviceKey,
            });
        }

        result["IdToken"] = Sign(id, pool.Keys.IdKey);
        return result;
    }

    private static string Sign(Dictionary<string, object> claims, RsaSecurityKey key) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
