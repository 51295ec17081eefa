using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CognitoKit.TestHelpers;

/// <summary>Reads and forges JWTs the way an attacker could: decode a segment, edit the payload, sign with a key of one's own.</summary>
public static class TestJwt
{
    /// <summary>Base64url without padding (RFC 7515).</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes a base64url segment, padded or not.</summary>
    public static byte[] FromBase64Url(string segment)
    {
        string text = segment.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
    }

    /// <summary>The base64url segment of a JSON text.</summary>
    public static string Segment(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    /// <summary>The decoded header.</summary>
    public static JsonObject Header(string jwt) => Decode(jwt.Split('.')[0]);

    /// <summary>The decoded payload.</summary>
    public static JsonObject Payload(string jwt) => Decode(jwt.Split('.')[1]);

    /// <summary>The same token with another payload, keeping its header and signature.</summary>
    public static string WithPayload(string jwt, string payloadJson)
    {
        string[] parts = jwt.Split('.');
        return parts[0] + "." + Segment(payloadJson) + "." + parts[2];
    }

    /// <summary>The same token with <paramref name="claim"/> changed in the payload and the original signature kept.</summary>
    public static string WithClaim(string jwt, string claim, string value)
    {
        JsonObject payload = Payload(jwt);
        payload[claim] = value;
        return WithPayload(jwt, payload.ToJsonString());
    }

    /// <summary>Signs <paramref name="headerJson"/> and <paramref name="payloadJson"/> RS256 with <paramref name="key"/>.</summary>
    public static string SignRs256(RSA key, string headerJson, string payloadJson)
    {
        string input = Segment(headerJson) + "." + Segment(payloadJson);
        byte[] signature = key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return input + "." + Base64Url(signature);
    }

    /// <summary>The same header (with <paramref name="kid"/>) and payload, signed RS256 with a fresh key nobody published.</summary>
    public static string SignedWithNewKey(string jwt, string kid)
    {
        JsonObject header = Header(jwt);
        header["kid"] = kid;
        using var rsa = RSA.Create(2048);
        return SignRs256(rsa, header.ToJsonString(), Encoding.UTF8.GetString(FromBase64Url(jwt.Split('.')[1])));
    }

    private static JsonObject Decode(string segment) => JsonNode.Parse(FromBase64Url(segment))!.AsObject();
}
