using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tokens;

// The opt-in cache of validated tokens (CognitoTokenValidationOptions.ValidatedTokenCacheSize): a repeat token skips the
// parsing and the RSA verification, never the checks that depend on the moment: its dates, the deny list, the custom check.
public sealed partial class CognitoTokenValidator
{
    private readonly ValidatedTokenCache? _tokenCache;

    /// <summary>Called just before each RSA signature verification; tests count verifications with it.</summary>
    internal Action? SignatureVerifying { get; set; }

    /// <summary>Whether the cache of validated tokens holds <paramref name="token"/> (whatever its state now).</summary>
    internal bool HasCached(string token) => _tokenCache is { } cache && cache.TryGet(token, out _);

    /// <summary>How many validated tokens the cache holds; 0 when the cache is off.</summary>
    internal int CachedTokenCount => _tokenCache?.Count ?? 0;

    private static ValidatedTokenCache? CreateTokenCache(CognitoTokenValidationOptions options, JwksCache[] sources, TimeProvider time, long skewSeconds)
    {
        if (options.ValidatedTokenCacheSize == 0)
        {
            return null;
        }

        var cache = new ValidatedTokenCache(options.ValidatedTokenCacheSize, time, skewSeconds);
        foreach (var source in sources)
        {
            source.KeysReplaced = keys => cache.OnKeysReplaced(source, keys);
        }

        return cache;
    }

    // The answer for a token found in the cache, or null to validate it in full (asked as the other kind of token, or its
    // key set replaced since it was verified). Allocates nothing when the token is still valid.
    private CognitoTokenValidationResult? ValidateCached(ValidatedTokenCache cache, ValidatedTokenEntry entry, CognitoTokenUse expectedUse)
    {
        if (entry.ExpectedUse != expectedUse)
        {
            return null;
        }

        // As on a miss: keys past their age are refetched in the background, so a key the pool dropped evicts its tokens.
        var source = entry.Source;
        source.RefreshIfStale();
        if (!ReferenceEquals(entry.KeySet, source.Keys))
        {
            cache.Remove(entry);
            return null;
        }

        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (CheckLifetime(now, entry.ExpiresAt, entry.NotBefore, entry.IssuedAt) is { } outOfLifetime)
        {
            cache.Remove(entry);
            return outOfLifetime;
        }

        var claims = entry.Result.Claims!;
        if (CheckRevocation(claims) is { } revoked)
        {
            cache.Remove(entry);
            return revoked;
        }

        if (_options.CustomCheck is { } check && !check(claims))
        {
            return Reject(TokenRejectionReason.CustomCheckFailed, "The token failed the custom check.");
        }

        return entry.Result;
    }
}
