using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CognitoKit.Tests.Tokens;

/// <summary>
/// Generates tests/CognitoKit.Conformance/data/jwt-cases.json: fresh RSA keys, tokens signed with them, and the
/// verdict each token must get. Regenerate with <c>COGNITOKIT_WRITE_JWT_CASES=1</c> set while running
/// <see cref="JwtConformanceTests"/>.
/// </summary>
internal static class JwtCaseFileGenerator
{
    public const string RelativePath = "tests/CognitoKit.Conformance/data/jwt-cases.json";
    public const string Issuer = "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_Conform01";
    private const string Client = "1example23456789clientid01";
    private const string OtherClient = "9other876543210clientid999";
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 30, 0, TimeSpan.Zero);

    public static string Generate()
    {
        using var k1 = new TestSigningKey("conform-key-1");
        using var k2 = new TestSigningKey("conform-key-2");
        using var enc = new TestSigningKey("conform-enc-key", use: "enc");
        using var foreign = new TestSigningKey("conform-key-1");
        var cases = new JsonArray();
        void Add(string name, string token, string use, string expect, params string[] clients) =>
            cases.Add(new JsonObject
            {
                ["name"] = name,
                ["token"] = token,
                ["tokenUse"] = use,
                ["clientIds"] = new JsonArray(clients.Length == 0 ? [Client] : clients.Select(c => (JsonNode)c).ToArray()),
                ["expect"] = expect,
            });

        var access = Access();
        var id = Id();
        var validAccess = Sign(k1, access);
        var validId = Sign(k1, id);

        Add("valid access token", validAccess, "access", "valid");
        Add("valid ID token", validId, "id", "valid");
        Add("valid access token signed by the second key", Sign(k2, access), "access", "valid");
        Add("ID token with an audience array", Sign(k1, With(id, "aud", new JsonArray("someone-else", Client))), "id", "wrongClient");
        Add("valid access token just past exp but within skew", Sign(k1, With(With(access, "exp", T(-30)), "iat", T(-3630))), "access", "valid");
        Add("valid ID token among several allowed clients", validId, "id", "valid", OtherClient, Client);
        Add("valid access token with escaped slashes in iss", TestTokens.SignRaw(k1, Header(k1.Kid), Json(access).Replace("/", "\\/", StringComparison.Ordinal)), "access", "valid");
        Add("valid ID token with custom attributes", Sign(k1, With(With(id, "custom:tier", "gold"), "given_name", "Ada")), "id", "valid");
        Add("valid access token with nbf in the past", Sign(k1, With(access, "nbf", T(-120))), "access", "valid");

        Add("alg none with empty signature", TestTokens.Unsigned("{\"kid\":\"conform-key-1\",\"alg\":\"none\"}", Json(access)), "access", "unsupportedAlgorithm");
        Add("alg none keeping a real signature", Resign(validAccess, "{\"kid\":\"conform-key-1\",\"alg\":\"none\"}"), "access", "unsupportedAlgorithm");
        Add("HS256 signed with the RSA public key (SPKI) as secret", TestTokens.Hs256WithPublicKey(k1, ToDictionary(access)), "access", "unsupportedAlgorithm");
        Add("HS256 signed with the RSA modulus as secret", Hmac(k1, access, k1.Rsa.ExportParameters(false).Modulus!), "access", "unsupportedAlgorithm");
        Add("RS512 algorithm", TestTokens.SignRaw(k1, "{\"kid\":\"conform-key-1\",\"alg\":\"RS512\"}", Json(access)), "access", "unsupportedAlgorithm");
        Add("header without alg", TestTokens.SignRaw(k1, "{\"kid\":\"conform-key-1\"}", Json(access)), "access", "unsupportedAlgorithm");

        Add("unknown kid", TestTokens.SignRaw(k1, Header("rotated-away-key"), Json(access)), "access", "unknownKey");
        Add("header without kid", TestTokens.SignRaw(k1, "{\"alg\":\"RS256\"}", Json(access)), "access", "unknownKey");
        Add("kid of an encryption key", Sign(enc, access), "access", "unknownKey");

        Add("tampered payload", TestTokens.WithPayload(validAccess, Json(With(access, "username", "mallory"))), "access", "invalidSignature");
        Add("signed by a foreign key reusing the kid", Sign(foreign, access), "access", "invalidSignature");
        Add("signature truncated", validAccess[..^6], "access", "invalidSignature");
        Add("signature of another token", validAccess[..validAccess.LastIndexOf('.')] + validId[validId.LastIndexOf('.')..], "access", "invalidSignature");
        Add("signed by the other pool key than the kid says", TestTokens.SignRaw(k2, Header(k1.Kid), Json(access)), "access", "invalidSignature");

        Add("wrong issuer", Sign(k1, With(access, "iss", "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_Elsewhere")), "access", "wrongIssuer");
        Add("missing issuer", Sign(k1, Without(access, "iss")), "access", "wrongIssuer");
        Add("issuer with trailing slash", Sign(k1, With(access, "iss", Issuer + "/")), "access", "wrongIssuer");

        Add("access token checked as ID token", validAccess, "id", "wrongTokenUse");
        Add("ID token checked as access token", validId, "access", "wrongTokenUse");
        Add("token_use refresh", Sign(k1, With(access, "token_use", "refresh")), "access", "wrongTokenUse");
        Add("missing token_use", Sign(k1, Without(access, "token_use")), "access", "wrongTokenUse");

        Add("access token for another client", validAccess, "access", "wrongClient", OtherClient);
        Add("ID token for another audience", Sign(k1, With(id, "aud", OtherClient)), "id", "wrongClient");
        Add("access token without client_id", Sign(k1, Without(access, "client_id")), "access", "wrongClient");

        Add("expired access token", Sign(k1, With(With(access, "exp", T(-61)), "iat", T(-3661))), "access", "expired");
        Add("ID token expired long ago", Sign(k1, With(With(id, "exp", T(-86400)), "iat", T(-90000))), "id", "expired");
        Add("nbf in the future", Sign(k1, With(access, "nbf", T(600))), "access", "notYetValid");
        Add("iat in the future", Sign(k1, With(access, "iat", T(600))), "access", "invalidIssuedAt");

        Add("two segments", validAccess[..validAccess.LastIndexOf('.')], "access", "malformed");
        Add("four segments", validAccess + ".e30", "access", "malformed");
        Add("payload not base64url", validAccess.Insert(validAccess.IndexOf('.', StringComparison.Ordinal) + 1, "*"), "access", "malformed");
        Add("payload not JSON", TestTokens.SignRaw(k1, Header(k1.Kid), "not json at all"), "access", "malformed");
        Add("header not JSON", TestTokens.SignRaw(k1, "alg=RS256", Json(access)), "access", "malformed");
        Add("duplicate exp claim", TestTokens.SignRaw(k1, Header(k1.Kid), Json(access).Replace("\"exp\":", "\"exp\":9999999999,\"exp\":", StringComparison.Ordinal)), "access", "malformed");
        Add("exp as string", Sign(k1, With(access, "exp", T(3600).ToString(System.Globalization.CultureInfo.InvariantCulture))), "access", "malformed");
        Add("token_use as number", Sign(k1, With(access, "token_use", 1)), "access", "malformed");
        Add("token over 256 KB", Sign(k1, With(access, "custom:blob", new string('z', 200_000))), "access", "malformed");
        Add("empty token", string.Empty, "access", "malformed");
        Add("missing exp", Sign(k1, Without(access, "exp")), "access", "malformed");
        Add("garbage", "not.a.token", "access", "rejected");

        var root = new JsonObject
        {
            ["issuer"] = Issuer,
            ["jwks"] = JsonNode.Parse(TestSigningKey.Jwks(k1, k2, enc)),
            ["now"] = Now.ToUnixTimeSeconds(),
            ["cases"] = cases,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        JsonObject Access() => new()
        {
            ["sub"] = "c1d2e3f4-0000-4111-8222-933344445555",
            ["cognito:groups"] = new JsonArray("staff"),
            ["iss"] = Issuer,
            ["version"] = 2,
            ["client_id"] = Client,
            ["origin_jti"] = "11111111-2222-4333-8444-555566667777",
            ["event_id"] = "88888888-9999-4aaa-8bbb-ccccddddeeee",
            ["token_use"] = "access",
            ["scope"] = "aws.cognito.signin.user.admin",
            ["auth_time"] = T(-300),
            ["exp"] = T(3300),
            ["iat"] = T(-300),
            ["jti"] = "ffffffff-eeee-4ddd-8ccc-bbbbaaaa9999",
            ["username"] = "conformance-user",
        };

        JsonObject Id() => new()
        {
            ["sub"] = "c1d2e3f4-0000-4111-8222-933344445555",
            ["email_verified"] = true,
            ["iss"] = Issuer,
            ["cognito:username"] = "conformance-user",
            ["origin_jti"] = "11111111-2222-4333-8444-555566667777",
            ["aud"] = Client,
            ["event_id"] = "88888888-9999-4aaa-8bbb-ccccddddeeee",
            ["token_use"] = "id",
            ["auth_time"] = T(-300),
            ["exp"] = T(3300),
            ["iat"] = T(-300),
            ["jti"] = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeffff0000",
            ["email"] = "user@example.com",
        };
    }

    private static long T(int secondsFromNow) => Now.AddSeconds(secondsFromNow).ToUnixTimeSeconds();

    private static string Header(string kid) => TestTokens.HeaderJson("RS256", kid);

    private static string Json(JsonObject claims) => claims.ToJsonString();

    private static string Sign(TestSigningKey key, JsonObject claims) => TestTokens.SignRaw(key, Header(key.Kid), Json(claims));

    private static JsonObject With(JsonObject claims, string name, JsonNode? value)
    {
        var copy = (JsonObject)claims.DeepClone();
        copy[name] = value;
        return copy;
    }

    private static JsonObject Without(JsonObject claims, string name)
    {
        var copy = (JsonObject)claims.DeepClone();
        copy.Remove(name);
        return copy;
    }

    private static Dictionary<string, object?> ToDictionary(JsonObject claims) =>
        claims.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());

    private static string Resign(string token, string headerJson) => TestTokens.Segment(headerJson) + token[token.IndexOf('.', StringComparison.Ordinal)..];

    private static string Hmac(TestSigningKey key, JsonObject claims, byte[] secret)
    {
        var input = TestTokens.Segment(TestTokens.HeaderJson("HS256", key.Kid)) + "." + TestTokens.Segment(Json(claims));
        return input + "." + TestTokens.Base64Url(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }
}
