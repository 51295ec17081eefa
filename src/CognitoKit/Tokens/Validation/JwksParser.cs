using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// Turns a JWKS document into RS256 verification keys. Keys that are not RSA, not for signing (<c>use</c>) or not for
/// RS256 (<c>alg</c>) are left out; a structurally broken document or RSA key is an error.
/// </summary>
internal static class JwksParser
{
    public const int MinimumModulusBits = 2048;

    public static JwksKeySet Parse(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json);
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                throw new JwksFormatException("the JWKS has content after its JSON object");
            }
        }
        catch (JsonException ex)
        {
            throw new JwksFormatException("the JWKS is not valid JSON", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                throw new JwksFormatException("the JWKS has no 'keys' array");
            }

            var accepted = new List<JwksKey>();
            var index = 0;
            try
            {
                foreach (var jwk in keys.EnumerateArray())
                {
                    var key = ParseKey(jwk, index++);
                    if (key is null)
                    {
                        continue;
                    }

                    if (accepted.Exists(k => k.Kid == key.Kid))
                    {
                        key.Rsa.Dispose();
                        throw new JwksFormatException($"the JWKS lists kid '{key.Kid}' twice");
                    }

                    accepted.Add(key);
                }
            }
            catch (JwksFormatException)
            {
                // A key set that fails half-way is thrown away whole: free the RSA keys it had already made.
                accepted.ForEach(k => k.Rsa.Dispose());
                throw;
            }

            if (accepted.Count == 0)
            {
                throw new JwksFormatException("the JWKS holds no RSA signing key usable with RS256");
            }

            return new JwksKeySet(accepted);
        }
    }

    private static JwksKey? ParseKey(JsonElement jwk, int index)
    {
        if (jwk.ValueKind != JsonValueKind.Object)
        {
            throw new JwksFormatException($"JWKS key #{index} is not a JSON object");
        }

        var kty = OptionalString(jwk, "kty", index) ?? throw new JwksFormatException($"JWKS key #{index} has no 'kty'");
        var use = OptionalString(jwk, "use", index);
        var alg = OptionalString(jwk, "alg", index);
        if (kty != "RSA" || (use is not null && use != "sig") || (alg is not null && alg != "RS256"))
        {
            return null;
        }

        var kid = OptionalString(jwk, "kid", index);
        if (string.IsNullOrEmpty(kid))
        {
            throw new JwksFormatException($"JWKS key #{index} has no 'kid'");
        }

        var modulus = DecodeMember(jwk, "n", index);
        var exponent = DecodeMember(jwk, "e", index);
        var significant = modulus.AsSpan().TrimStart((byte)0);
        if (significant.Length * 8 < MinimumModulusBits || exponent.Length == 0)
        {
            return null;
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(new RSAParameters { Modulus = significant.ToArray(), Exponent = exponent });
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new JwksFormatException($"JWKS key '{kid}' is not a valid RSA public key", ex);
        }

        return new JwksKey(kid, Encoding.UTF8.GetBytes(kid), rsa, significant.Length);
    }

    private static string? OptionalString(JsonElement jwk, string name, int index)
    {
        if (!jwk.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new JwksFormatException($"JWKS key #{index} has a non-string '{name}'");
    }

    private static byte[] DecodeMember(JsonElement jwk, string name, int index)
    {
        var text = OptionalString(jwk, name, index) ?? throw new JwksFormatException($"JWKS RSA key #{index} has no '{name}'");
        return Base64UrlDecoder.DecodeToArray(text) ?? throw new JwksFormatException($"JWKS RSA key #{index} has a '{name}' that is not base64url");
    }
}
