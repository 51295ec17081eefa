using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>A compact JWS split into its header and claims, with an RS256 signature check. Nothing here trusts the token.</summary>
internal sealed class JwtParts
{
    private readonly string[] parts;

    private JwtParts(string[] parts, JsonObject header, JsonObject claims)
    {
        this.parts = parts;
        Header = header;
        Claims = claims;
    }

    public JsonObject Header { get; }

    public JsonObject Claims { get; }

    public static JwtParts? TryParse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Base64UrlEncoder.DecodeBytes(parts[0])) is JsonObject header
                && JsonNode.Parse(Base64UrlEncoder.DecodeBytes(parts[1])) is JsonObject claims
                ? new JwtParts(parts, header, claims)
                : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public string? String(string name) => Claims[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public string? HeaderString(string name) => Header[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public long? Seconds(string name) => Claims[name] is JsonValue v && v.TryGetValue(out long l) ? l : Claims[name] is JsonValue d && d.TryGetValue(out double x) ? (long)x : null;

    /// <summary>The audiences: <c>aud</c> may be one string or a list.</summary>
    public IReadOnlyList<string> Audiences() => Claims["aud"] switch
    {
        JsonValue v when v.TryGetValue(out string? s) => [s],
        JsonArray a => [.. a.Select(n => n is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty)],
        _ => [],
    };

    public bool IsSignedBy(RsaSecurityKey key)
    {
        if (HeaderString("alg") != "RS256")
        {
            return false;
        }

        try
        {
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            return key.Rsa.VerifyData(signed, Base64UrlEncoder.DecodeBytes(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
