using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// Cognito's <c>SECRET_HASH</c> for app clients that have a client secret.
/// </summary>
internal static class SecretHash
{
    /// <summary>Base64(HMAC-SHA256(key = UTF-8(clientSecret), UTF-8(username ‖ clientId))).</summary>
    /// <param name="username">After the first response, the username Cognito returned (<c>USER_ID_FOR_SRP</c>), not the alias typed.</param>
    /// <param name="clientId">The app client id.</param>
    /// <param name="clientSecret">The app client secret.</param>
    public static string Compute(string username, string clientId, string clientSecret)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(clientSecret);
        byte[] key = Encoding.UTF8.GetBytes(clientSecret);
        try
        {
            return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Concat(username, clientId))));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
