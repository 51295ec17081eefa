using System.Security.Cryptography;

namespace CognitoKit.Tokens.Validation;

/// <summary>One RS256 signing key, imported once so validations reuse the RSA object.</summary>
/// <remarks>
/// Verification only reads the public key; .NET's platform RSA implementations (OpenSSL, CNG, Apple) create
/// per-call contexts for verification, so one instance serves concurrent callers.
/// </remarks>
internal sealed record JwksKey(string Kid, byte[] KidUtf8, RSA Rsa, int SignatureLength);

/// <summary>An immutable snapshot of a user pool's accepted signing keys; replaced whole on refetch.</summary>
internal sealed class JwksKeySet
{
    public JwksKeySet(IReadOnlyList<JwksKey> keys)
    {
        Keys = keys.ToArray();
    }

    public JwksKey[] Keys { get; }

    // A pool holds a handful of keys, so a linear scan over UTF-8 kids beats hashing and needs no string.
    public bool TryGet(ReadOnlySpan<byte> kidUtf8, out JwksKey key)
    {
        foreach (var candidate in Keys)
        {
            if (kidUtf8.SequenceEqual(candidate.KidUtf8))
            {
                key = candidate;
                return true;
            }
        }

        key = null!;
        return false;
    }
}
