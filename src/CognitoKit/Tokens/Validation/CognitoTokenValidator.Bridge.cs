using System.Buffers;
using System.Security.Cryptography;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tokens;

// What CognitoKit.AspNetCore needs to hand this validator's checks and cached keys to Microsoft.IdentityModel (JwtBearer),
// so an app that keeps JwtBearer fetches the pool's keys once, here, and refuses what this validator refuses.
public sealed partial class CognitoTokenValidator
{
    /// <summary>The options in force (a copy taken at construction; the client ids are in <see cref="AllowedClientIds"/>).</summary>
    internal CognitoTokenValidationOptions Settings => _options;

    internal IReadOnlyList<string> AllowedClientIds => _clientIds;

    internal TimeProvider Clock => _timeProvider;

    /// <summary>Validates with the keys already cached, never waiting for the network: a token whose key is not cached is
    /// refused (<see cref="TokenRejectionReason.UnknownKey"/> or <see cref="TokenRejectionReason.JwksUnavailable"/>).</summary>
    internal CognitoTokenValidationResult ValidateWithCachedKeys(string token, CognitoTokenUse expectedUse)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Validate(token, expectedUse, keysRefreshed: true, out _)!;
    }

    /// <summary>Whether the token's header names a key that no accepted issuer's cache holds (so a fetch may find it).
    /// Reads the header only; false for a token without a readable header, which validation refuses anyway.</summary>
    internal bool NamesUncachedKey(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > MaxTokenLength)
        {
            return false;
        }

        var segment = token.AsSpan(0, dot);
        var header = ArrayPool<byte>.Shared.Rent(Base64UrlDecoder.GetMaxDecodedLength(segment.Length));
        try
        {
            Span<byte> kid = stackalloc byte[MaxKidBytes];
            if (!Base64UrlDecoder.TryDecode(segment, header, out var length)
                || JwtHeaderReader.Read(header.AsSpan(0, length), kid, out _, out var kidLength) is not null
                || kidLength < 0)
            {
                return false;
            }

            foreach (var jwks in _jwks)
            {
                if (jwks.TryGetKey(kid[..kidLength], out _))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(header);
        }
    }

    /// <summary>The cached signing key named <paramref name="kid"/>, from the JWKS of <paramref name="issuer"/> when it is
    /// accepted, else of the first accepted issuer; false when no such key is cached.</summary>
    internal bool TryGetCachedSigningKey(string? issuer, string? kid, out string keyId, out RSA rsa)
    {
        keyId = string.Empty;
        rsa = null!;
        if (string.IsNullOrEmpty(kid) || kid.Length > MaxKidBytes)
        {
            return false;
        }

        var index = issuer is null ? -1 : Array.IndexOf(_issuers, issuer);
        if (!_jwks[Math.Max(index, 0)].TryGetKey(System.Text.Encoding.UTF8.GetBytes(kid), out var key))
        {
            return false;
        }

        keyId = key.Kid;
        rsa = key.Rsa;
        return true;
    }
}
