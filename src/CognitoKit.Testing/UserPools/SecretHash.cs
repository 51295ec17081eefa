using System.Security.Cryptography;
using System.Text;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>SECRET_HASH = Base64(HMAC-SHA256(client secret, username ‖ client id)), required when the client has a secret.</summary>
internal static class SecretHash
{
    public static string Compute(string clientSecret, string username, string clientId) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + clientId)));

    /// <summary>Accepts the hash made with any of <paramref name="usernames"/> (what was typed, or the real name when Cognito allows it).</summary>
    public static void Verify(UserPoolClient client, string? provided, params string?[] usernames)
    {
        if (client.ClientSecret is null)
        {
            return;
        }

        if (string.IsNullOrEmpty(provided))
        {
            throw AwsServiceException.NotAuthorized("Client " + client.ClientId + " is configured with secret but SECRET_HASH was not received");
        }

        var providedBytes = Encoding.UTF8.GetBytes(provided);
        foreach (var secret in client.AcceptedSecrets)
        {
            foreach (var username in usernames)
            {
                if (username is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Compute(secret, username, client.ClientId)), providedBytes))
                {
                    return;
                }
            }
        }

        throw AwsServiceException.NotAuthorized("Unable to verify secret hash for client " + client.ClientId);
    }

    /// <summary>GetTokensFromRefreshToken and RevokeToken take the raw secret instead of a hash.</summary>
    public static void VerifyClientSecret(UserPoolClient client, string? provided)
    {
        if (client.ClientSecret is null)
        {
            return;
        }

        if (provided is null || !client.AcceptsSecret(provided))
        {
            throw AwsServiceException.NotAuthorized("Unable to verify secret hash for client " + client.ClientId);
        }
    }
}
