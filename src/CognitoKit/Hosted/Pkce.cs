using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.Hosted;

/// <summary>PKCE (RFC 7636) with S256, and the random <c>state</c> and <c>nonce</c> values.</summary>
internal static class Pkce
{
    /// <summary>32 random bytes as base64url: 43 characters, the shortest verifier RFC 7636 allows.</summary>
    public static string NewVerifier() => Base64UrlEncoding.Encode(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64UrlEncoding.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string NewOpaqueValue() => Base64UrlEncoding.Encode(RandomNumberGenerator.GetBytes(24));

    /// <summary>Compares in constant time, so a guessed state leaks nothing through timing.</summary>
    public static bool SameValue(string expected, string? actual) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
