using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Sts;

/// <summary>Every temporary credential issued, by access key id. Thread-safe.</summary>
internal sealed class CredentialStore
{
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private readonly ConcurrentDictionary<string, IssuedCredentials> byAccessKey = new(StringComparer.Ordinal);

    /// <summary>Makes a new key pair and session token for <paramref name="roleArn"/>, valid until <paramref name="expiration"/>.</summary>
    public IssuedCredentials Issue(string roleArn, string sessionName, string subject, DateTimeOffset expiration)
    {
        // ASIA marks temporary (session) credentials in AWS; the rest is 16 characters like a real key id.
        var credentials = new IssuedCredentials(
            "ASIA" + RandomNumberGenerator.GetString(KeyAlphabet, 16),
            RandomNumberGenerator.GetString(SecretAlphabet, 40),
            Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(240)),
            expiration,
            roleArn,
            sessionName,
            subject);
        byAccessKey[credentials.AccessKeyId] = credentials;
        return credentials;
    }

    /// <summary>Forgets credentials that expired more than <paramref name="retention"/> ago (until then they answer "expired").</summary>
    public void Purge(DateTimeOffset now, TimeSpan retention)
    {
        foreach (var (key, credentials) in byAccessKey)
        {
            if (now >= credentials.Expiration + retention)
            {
                byAccessKey.TryRemove(key, out _);
            }
        }
    }

    public IssuedCredentials? Find(string accessKeyId) => byAccessKey.GetValueOrDefault(accessKeyId);

    public IReadOnlyList<IssuedCredentials> All => [.. byAccessKey.Values];
}
