using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tokens;

/// <summary>Checks an access token the way Cognito's own endpoints do: signature, expiry on the emulator clock, revocation, user.</summary>
internal static class AccessTokenValidator
{
    public static AccessTokenContext Validate(EmulatorState state, string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            throw Invalid();
        }

        JsonObject header;
        JsonObject claims;
        try
        {
            header = JsonNode.Parse(Base64UrlEncoder.DecodeBytes(parts[0])) as JsonObject ?? throw Invalid();
            claims = JsonNode.Parse(Base64UrlEncoder.DecodeBytes(parts[1])) as JsonObject ?? throw Invalid();
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            throw Invalid();
        }

        var issuer = Str(claims, "iss");
        var poolId = issuer?[(issuer.LastIndexOf('/') + 1)..];
        var pool = poolId is null ? null : state.UserPools.Find(poolId);
        var key = pool is null || Str(header, "kid") is not { } kid ? null : pool.Keys.Find(kid);
        if (pool is null || key is null || issuer != state.TokenIssuerFor(pool) || Str(claims, "token_use") != "access" || !VerifySignature(parts, key))
        {
            throw Invalid();
        }

        var exp = claims["exp"] is JsonValue e2 && e2.TryGetValue(out long seconds) ? seconds : 0;
        if (state.Now.ToUnixTimeSeconds() >= exp)
        {
            throw AwsServiceException.NotAuthorized("Access Token has expired");
        }

        var origin = Str(claims, "origin_jti") ?? string.Empty;
        if (state.RefreshTokens.IsRevoked(origin))
        {
            throw AwsServiceException.NotAuthorized("Access Token has been revoked");
        }

        lock (pool.Gate)
        {
            if (Str(claims, "sub") is not { } sub || !pool.UsersBySub.TryGetValue(sub, out var user))
            {
                throw AwsServiceException.NotAuthorized("User does not exist.");
            }

            if (!user.ActiveOrigins.Contains(origin))
            {
                throw AwsServiceException.NotAuthorized("Access Token has been revoked");
            }

            if (!user.Enabled)
            {
                throw AwsServiceException.NotAuthorized("User is disabled.");
            }

            return new AccessTokenContext(pool, user, Str(claims, "client_id") ?? string.Empty, origin, Str(claims, "device_key"), claims);
        }
    }

    private static bool VerifySignature(string[] parts, RsaSecurityKey key)
    {
        try
        {
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            return key.Rsa.VerifyData(signed, Base64UrlEncoder.DecodeBytes(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static AwsServiceException Invalid() => AwsServiceException.NotAuthorized("Invalid Access Token");
}
