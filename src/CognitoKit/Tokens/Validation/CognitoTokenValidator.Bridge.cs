using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tokens;

// The seam through which a token library that does its own parsing (CognitoKit.AspNetCore's JwtBearer bridge) uses this
// validator's checks and cached keys, so an app that keeps JwtBearer fetches the pool's keys once, here, and refuses what
// this validator refuses. Public by design: CognitoKit.AspNetCore sees nothing internal of CognitoKit.
public sealed partial class CognitoTokenValidator
{
    /// <summary>
    /// A copy of the options in force: the issuer settings, the clock skew and which checks run. Changing the copy changes
    /// nothing in this validator.
    /// </summary>
    /// <returns>A new options object, its lists (allowed clients, required groups and scopes) new lists too.</returns>
    public CognitoTokenValidationOptions GetOptions()
    {
        var copy = Copy(_options);
        copy.AllowedClientIds = [.. _clientIds];
        copy.RequiredGroups = [.. _requiredGroups];
        copy.RequiredScopes = [.. _requiredScopes];
        return copy;
    }

    internal IReadOnlyList<string> AllowedClientIds => _clientIds;

    /// <summary>The clock this validator judges <c>exp</c>, <c>nbf</c> and <c>iat</c> by.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>Validates with the keys already cached, never waiting for the network: a token whose key is not cached is
    /// refused (<see cref="TokenRejectionReason.UnknownKey"/> or <see cref="TokenRejectionReason.JwksUnavailable"/>).</summary>
    /// <remarks>For callers that cannot await, such as a synchronous hook of another token library; load the keys first with
    /// <see cref="PreloadAsync"/> or an earlier <see cref="ValidateAsync"/>.</remarks>
    /// <param name="token">The compact JWT.</param>
    /// <param name="expectedUse">The kind of token accepted.</param>
    /// <returns>The claims, or why the token was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public CognitoTokenValidationResult ValidateWithCachedKeys(string token, CognitoTokenUse expectedUse)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Validate(token, expectedUse, keysRefreshed: true, out _)!;
    }

    /// <summary>Whether the token's header names a key that no accepted issuer's cache holds (so a fetch may find it).
    /// Reads the header only; false for a token without a readable header, which validation refuses anyway.</summary>
    /// <param name="token">The compact JWT.</param>
    /// <returns><see langword="true"/> when an awaited <see cref="ValidateAsync"/> may first need to fetch the pool's keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public bool NamesUncachedKey(string token)
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
    /// accepted, else of the first accepted issuer; false when no such key is cached. Never fetches.</summary>
    /// <param name="issuer">The token's <c>iss</c>, or null.</param>
    /// <param name="kid">The token header's <c>kid</c>.</param>
    /// <param name="keyId">The key's id as the JWKS spells it; empty when none is found.</param>
    /// <param name="rsa">The public key. It belongs to the validator's cache: use it to verify, never dispose it.</param>
    /// <returns>Whether the key is cached.</returns>
    public bool TryGetCachedSigningKey(string? issuer, string? kid, out string keyId, [NotNullWhen(true)] out RSA? rsa)
    {
        keyId = string.Empty;
        rsa = null;
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
