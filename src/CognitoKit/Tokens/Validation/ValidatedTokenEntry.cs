namespace CognitoKit.Tokens.Validation;

/// <summary>
/// A token that passed every check, as <see cref="ValidatedTokenCache"/> holds it: the result handed out again, the dates
/// re-checked on every hit, and the key it was verified with.
/// </summary>
internal sealed class ValidatedTokenEntry
{
    public ValidatedTokenEntry(
        string token, CognitoTokenValidationResult result, CognitoTokenUse expectedUse, long? expiresAt, long? notBefore, long? issuedAt,
        JwksCache source, JwksKeySet keySet, JwksKey key)
    {
        Token = token;
        Result = result;
        ExpectedUse = expectedUse;
        ExpiresAt = expiresAt;
        NotBefore = notBefore;
        IssuedAt = issuedAt;
        Source = source;
        _keySet = keySet;
        Key = key;
    }

    public string Token { get; }

    public CognitoTokenValidationResult Result { get; }

    /// <summary>The kind of token it was validated as; asked as the other kind, the token is validated in full.</summary>
    public CognitoTokenUse ExpectedUse { get; }

    public long? ExpiresAt { get; }

    public long? NotBefore { get; }

    public long? IssuedAt { get; }

    /// <summary>The key cache of the issuer the token named.</summary>
    public JwksCache Source { get; }

    // Written under the cache's lock when the key set is replaced, read without it on a hit.
    private volatile JwksKeySet _keySet;

    /// <summary>The key set the token was verified with (or one that kept its key); a hit requires it to be the one in use.</summary>
    public JwksKeySet KeySet { get => _keySet; set => _keySet = value; }

    /// <summary>The key that verified the token.</summary>
    public JwksKey Key { get; set; }

    // The cache's insertion order, guarded by its lock.
    public ValidatedTokenEntry? Previous { get; set; }

    public ValidatedTokenEntry? Next { get; set; }
}
