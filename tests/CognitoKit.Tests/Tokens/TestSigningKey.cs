using System.Security.Cryptography;
using System.Text.Json;

namespace CognitoKit.Tests.Tokens;

/// <summary>An RSA key generated for a test, with its public JWK.</summary>
internal sealed class TestSigningKey : IDisposable
{
    public TestSigningKey(string kid, int bits = 2048, string? use = "sig", string? alg = "RS256")
    {
        Kid = kid;
        Rsa = RSA.Create(bits);
        Use = use;
        Alg = alg;
    }

    public string Kid { get; }

    public RSA Rsa { get; }

    public string? Use { get; }

    public string? Alg { get; }

    public Dictionary<string, string> ToJwk()
    {
        var p = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["kid"] = Kid,
            ["n"] = TestTokens.Base64Url(p.Modulus!),
            ["e"] = TestTokens.Base64Url(p.Exponent!),
        };
        if (Use is not null)
        {
            jwk["use"] = Use;
        }

        if (Alg is not null)
        {
            jwk["alg"] = Alg;
        }

        return jwk;
    }

    public static string Jwks(params TestSigningKey[] keys) =>
        JsonSerializer.Serialize(new { keys = keys.Select(k => k.ToJwk()).ToArray() });

    public void Dispose() => Rsa.Dispose();
}
