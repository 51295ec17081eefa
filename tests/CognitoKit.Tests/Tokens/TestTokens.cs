using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CognitoKit.Tests.Tokens;

/// <summary>Builds Cognito-shaped tokens for tests, signing them with real RSA (or deliberately not).</summary>
internal static class TestTokens
{
    public const string Issuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1";
    public const string UpdatedIssuer = "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1";
    public const string ClientId = "4tq8test1client2id3abc4def";
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public static Dictionary<string, object?> AccessClaims(DateTimeOffset? now = null)
    {
        var t = (now ?? Now).ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["sub"] = "6a1b2c3d-1111-2222-3333-444455556666",
            ["cognito:groups"] = new[] { "admins", "readers" },
            ["iss"] = Issuer,
            ["version"] = 2,
            ["client_id"] = ClientId,
            ["origin_jti"] = "0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff",
            ["event_id"] = "e1e2e3e4-0000-1111-2222-333344445555",
            ["token_use"] = "access",
            ["scope"] = "aws.cognito.signin.user.admin orders/read",
            ["auth_time"] = t - 60,
            ["exp"] = t + 3540,
            ["iat"] = t - 60,
            ["jti"] = "f0f1f2f3-9999-8888-7777-666655554444",
            ["username"] = "alice",
        };
    }

    public static Dictionary<string, object?> IdClaims(DateTimeOffset? now = null)
    {
        var t = (now ?? Now).ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["sub"] = "6a1b2c3d-1111-2222-3333-444455556666",
            ["cognito:groups"] = new[] { "admins" },
            ["email_verified"] = true,
            ["iss"] = Issuer,
            ["cognito:username"] = "alice",
            ["origin_jti"] = "0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff",
            ["aud"] = ClientId,
            ["event_id"] = "e1e2e3e4-0000-1111-2222-333344445555",
            ["token_use"] = "id",
            ["auth_time"] = t - 60,
            ["exp"] = t + 3540,
            ["iat"] = t - 60,
            ["jti"] = "a0a1a2a3-9999-8888-7777-666655554444",
            ["email"] = "alice@example.com",
        };
    }

    public static string Sign(TestSigningKey key, IDictionary<string, object?> claims, string? kid = null, string alg = "RS256") =>
        SignRaw(key, HeaderJson(alg, kid ?? key.Kid), JsonSerializer.Serialize(claims));

    public static string HeaderJson(string alg, string? kid) =>
        kid is null ? JsonSerializer.Serialize(new { alg }) : JsonSerializer.Serialize(new { kid, alg });

    public static string SignRaw(TestSigningKey key, string headerJson, string payloadJson) => TestJwt.SignRs256(key.Rsa, headerJson, payloadJson);

    public static string Unsigned(string headerJson, string payloadJson) => Segment(headerJson) + "." + Segment(payloadJson) + ".";

    /// <summary>The classic key-confusion attack: HS256 with the RSA public key (SubjectPublicKeyInfo DER) as the HMAC secret.</summary>
    public static string Hs256WithPublicKey(TestSigningKey key, IDictionary<string, object?> claims)
    {
        var input = Segment(HeaderJson("HS256", key.Kid)) + "." + Segment(JsonSerializer.Serialize(claims));
        var mac = HMACSHA256.HashData(key.Rsa.ExportSubjectPublicKeyInfo(), Encoding.ASCII.GetBytes(input));
        return input + "." + Base64Url(mac);
    }

    public static string Segment(string json) => TestJwt.Segment(json);

    public static string Base64Url(byte[] bytes) => TestJwt.Base64Url(bytes);

    /// <summary>Replaces the payload of a signed token, keeping its header and signature.</summary>
    public static string WithPayload(string token, string payloadJson) => TestJwt.WithPayload(token, payloadJson);
}
