using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Triggers;
using CognitoKit.Testing.UserPools;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tokens;

/// <summary>
/// Makes Cognito's ID, access and refresh tokens, with Cognito's claim sets and the client's lifetimes. The claim sets,
/// the signing and the refresh sessions are shared with the hosted domain's token endpoint (<c>OAuthTokenMinter</c>).
/// </summary>
internal static class TokenIssuer
{
    /// <summary>The scope of tokens issued by the API flows (InitiateAuth and friends).</summary>
    public const string ApiScope = "aws.cognito.signin.user.admin";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Builds an AuthenticationResult, through the pre token generation trigger (<paramref name="triggerSource"/>, e.g.
    /// <c>TokenGeneration_Authentication</c>). Takes the pool lock itself to read the user.</summary>
    public static JsonObject Issue(EmulatorState state, UserPool pool, UserPoolClient client, User user, SignInGrant grant, bool includeRefreshToken, string triggerSource, IReadOnlyDictionary<string, string>? clientMetadata = null)
    {
        var subject = TokenSubject.Read(state, pool, client, user, grant, signedInDevice: grant.DeviceKey);
        var id = IdClaims(subject, nonce: null, identitiesAsJson: false);
        var access = AccessClaims(subject, ApiScope, grant.DeviceKey, version: null);
        TokenCustomization.Apply(state, pool, subject, id, access, triggerSource, clientMetadata);
        var result = new JsonObject
        {
            ["AccessToken"] = Sign(access, pool.Keys.AccessKey),
            ["ExpiresIn"] = (long)client.AccessTokenValidity.TotalSeconds,
            ["TokenType"] = "Bearer",
        };
        if (includeRefreshToken)
        {
            result["RefreshToken"] = AddRefreshSession(state, subject, grant.DeviceKey);
        }

        result["IdToken"] = Sign(id, pool.Keys.IdKey);
        return result;
    }

    /// <summary>The ID token's claims, in Cognito's order; the hosted domain adds a <paramref name="nonce"/> and parses <c>identities</c>.</summary>
    public static Dictionary<string, object> IdClaims(TokenSubject subject, string? nonce, bool identitiesAsJson)
    {
        var id = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = subject.User.Sub };
        if (subject.Groups.Length > 0)
        {
            id["cognito:groups"] = subject.Groups;
        }

        if (subject.GroupClaims.PreferredRole is { } preferredRole)
        {
            id["cognito:preferred_role"] = preferredRole;
        }

        if (subject.GroupClaims.Roles.Length > 0)
        {
            id["cognito:roles"] = subject.GroupClaims.Roles;
        }

        foreach (var (name, value) in subject.Attributes.Where(a => a.Key != "sub"))
        {
            id[name] = name switch
            {
                "identities" when identitiesAsJson => JsonDocument.Parse(value).RootElement.Clone(),
                _ when name.EndsWith("_verified", StringComparison.Ordinal) => value == "true",
                _ => value,
            };
        }

        id["iss"] = subject.Issuer;
        id["cognito:username"] = subject.User.Username;
        if (nonce is not null)
        {
            id["nonce"] = nonce;
        }

        id["origin_jti"] = subject.Grant.OriginJti;
        id["aud"] = subject.Client.ClientId;
        id["event_id"] = subject.EventId;
        id["token_use"] = "id";
        id["auth_time"] = subject.Grant.AuthTime.ToUnixTimeSeconds();
        id["exp"] = subject.Iat + (long)subject.Client.IdTokenValidity.TotalSeconds;
        id["iat"] = subject.Iat;
        id["jti"] = Guid.NewGuid().ToString();
        return id;
    }

    /// <summary>The access token's claims, in Cognito's order; <c>device_key</c> and <c>version</c> only when given.</summary>
    public static Dictionary<string, object> AccessClaims(TokenSubject subject, string scope, string? deviceKey, int? version)
    {
        var access = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = subject.User.Sub };
        if (subject.Groups.Length > 0)
        {
            access["cognito:groups"] = subject.Groups;
        }

        if (deviceKey is not null)
        {
            access["device_key"] = deviceKey;
        }

        access["iss"] = subject.Issuer;
        if (version is { } v)
        {
            access["version"] = v;
        }

        access["client_id"] = subject.Client.ClientId;
        access["origin_jti"] = subject.Grant.OriginJti;
        access["event_id"] = subject.EventId;
        access["token_use"] = "access";
        access["scope"] = scope;
        access["auth_time"] = subject.Grant.AuthTime.ToUnixTimeSeconds();
        access["exp"] = subject.Iat + (long)subject.Client.AccessTokenValidity.TotalSeconds;
        access["iat"] = subject.Iat;
        access["jti"] = Guid.NewGuid().ToString();
        access["username"] = subject.User.Username;
        return access;
    }

    /// <summary>Starts a refresh session for the subject's grant and returns its token.</summary>
    public static string AddRefreshSession(EmulatorState state, TokenSubject subject, string? deviceKey) =>
        state.RefreshTokens.Add(new RefreshSession
        {
            PoolId = subject.PoolId,
            ClientId = subject.Client.ClientId,
            Sub = subject.User.Sub,
            OriginJti = subject.Grant.OriginJti,
            AuthTime = subject.Grant.AuthTime,
            ExpiresAt = subject.Now + subject.Client.RefreshTokenValidity,
            DeviceKey = deviceKey,
        });

    /// <summary>Signs <paramref name="claims"/> RS256 with one of the pool's keys.</summary>
    public static string Sign(Dictionary<string, object> claims, RsaSecurityKey key) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
