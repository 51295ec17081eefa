using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.Hosted;

/// <summary>
/// The <c>at_hash</c> of an access token for an RS256 ID token (OpenID Connect Core, section 3.1.3.6): the left half of
/// the SHA-256 of its bytes, base64url-encoded without padding.
/// </summary>
internal static class AccessTokenHash
{
    public static string Of(string accessToken)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(accessToken));
        return Base64UrlEncoding.Encode(hash.AsSpan(0, hash.Length / 2));
    }
}
