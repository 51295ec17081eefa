using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The access token every token-validation row verifies, with the public key that signed it. The harness creates it once
/// per run and hands it to the benchmark (through <see cref="EnvironmentVariable"/>) and to the node script, so the .NET
/// rows and the aws-jwt-verify row verify the very same token with the very same key.
/// </summary>
public sealed record TokenValidationFixture(string Token, string Jwks, string Modulus, string Exponent, string UserPoolId, string ClientId)
{
    public const string EnvironmentVariable = "COGNITOKIT_BENCH_TOKEN_FIXTURE";
    public const string Kid = "bench-key-1";
    public const string Region = "eu-west-1";
    public const string PoolId = "eu-west-1_BenchPool";
    public const string Issuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_BenchPool";
    public const string AppClientId = "4tq8bench1client2id3abc4def";

    /// <summary>The fixture named by <see cref="EnvironmentVariable"/>, or a new one (a benchmark run without the harness).</summary>
    public static TokenValidationFixture LoadOrCreate()
    {
        string? path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(path) && File.Exists(path))
        {
            return JsonSerializer.Deserialize<TokenValidationFixture>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path} holds no token fixture.");
        }

        using RSA key = RSA.Create(2048);
        return Create(key, Kid, Issuer, AppClientId, "f0f1f2f3-9999-8888-7777-666655554444");
    }

    /// <summary>A Cognito-shaped access token (the claims Cognito writes) signed by <paramref name="signingKey"/>.</summary>
    public static TokenValidationFixture Create(RSA signingKey, string kid, string issuer, string clientId, string jti)
    {
        RSAParameters publicKey = signingKey.ExportParameters(includePrivateParameters: false);
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string header = JsonSerializer.Serialize(new Dictionary<string, object> { ["kid"] = kid, ["alg"] = "RS256" });
        string payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = "6a1b2c3d-1111-2222-3333-444455556666",
            ["cognito:groups"] = new[] { "admins", "readers" },
            ["iss"] = issuer,
            ["version"] = 2,
            ["client_id"] = clientId,
            ["origin_jti"] = "0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff",
            ["event_id"] = "e1e2e3e4-0000-1111-2222-333344445555",
            ["token_use"] = "access",
            ["scope"] = "aws.cognito.signin.user.admin orders/read",
            ["auth_time"] = now - 60,
            ["exp"] = now + 3540,
            ["iat"] = now - 60,
            ["jti"] = jti,
            ["username"] = "alice",
        });
        string input = Base64Url(Encoding.UTF8.GetBytes(header)) + "." + Base64Url(Encoding.UTF8.GetBytes(payload));
        byte[] signature = signingKey.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        string n = Base64Url(publicKey.Modulus!);
        string e = Base64Url(publicKey.Exponent!);
        string jwks = JsonSerializer.Serialize(new
        {
            keys = new[] { new Dictionary<string, string> { ["kty"] = "RSA", ["kid"] = kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = n, ["e"] = e } },
        });
        string poolId = issuer[(issuer.LastIndexOf('/') + 1)..];
        return new TokenValidationFixture(input + "." + Base64Url(signature), jwks, n, e, poolId, clientId);
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));

    public RSA CreateVerifyKey() => RSA.Create(new RSAParameters
    {
        Modulus = System.Buffers.Text.Base64Url.DecodeFromChars(Modulus),
        Exponent = System.Buffers.Text.Base64Url.DecodeFromChars(Exponent),
    });

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
