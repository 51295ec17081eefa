using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>Reads and forges JWTs the way an attacker could: edit the payload, or sign with a key of one's own.</summary>
public static class TestTokens
{
    public static JsonObject Header(string jwt) => Decode(jwt.Split('.')[0]);

    public static JsonObject Payload(string jwt) => Decode(jwt.Split('.')[1]);

    /// <summary>The same token with <paramref name="claim"/> changed in the payload and the original signature kept.</summary>
    public static string WithClaim(string jwt, string claim, string value)
    {
        string[] parts = jwt.Split('.');
        JsonObject payload = Payload(jwt);
        payload[claim] = value;
        return parts[0] + "." + Encode(payload) + "." + parts[2];
    }

    /// <summary>The same header (with <paramref name="kid"/>) and payload, signed RS256 with a fresh key nobody published.</summary>
    public static string SignedWithNewKey(string jwt, string kid)
    {
        JsonObject header = Header(jwt);
        header["kid"] = kid;
        string signingInput = Encode(header) + "." + jwt.Split('.')[1];
        using var rsa = RSA.Create(2048);
        byte[] signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static JsonObject Decode(string segment) => JsonNode.Parse(Base64Url.DecodeFromChars(segment))!.AsObject();

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
