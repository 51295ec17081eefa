namespace CognitoKit.Tokens;

/// <summary>
/// One entry of a deny set (<see cref="ICognitoRevocationList"/>): a sign-in (<c>origin_jti</c>) or a user (<c>sub</c>)
/// of one issuer whose tokens are refused until <see cref="ExpiresAt"/>, by when every such token has expired anyway.
/// </summary>
/// <remarks>Holds identifiers only, never a token, so it can be logged, published and stored as it is.</remarks>
public sealed record CognitoRevocation
{
    /// <summary>The longest an ID or access token of a Cognito user pool can live (one day): how long a
    /// <see cref="CognitoRevocationKind.Subject"/> entry must be kept, whatever app client issued the user's tokens.</summary>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromDays(1);

    private const int MaxLength = 2048;

    private CognitoRevocation(CognitoRevocationKind kind, string issuer, string value, DateTimeOffset revokedAt, DateTimeOffset expiresAt)
    {
        Kind = kind;
        Issuer = issuer;
        Value = value;
        RevokedAt = revokedAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>Whether this entry names a sign-in or a user.</summary>
    public CognitoRevocationKind Kind { get; }

    /// <summary>The issuer (<c>iss</c>) of the tokens denied, exactly as they carry it.</summary>
    public string Issuer { get; }

    /// <summary>The <c>origin_jti</c> (for <see cref="CognitoRevocationKind.Origin"/>) or the <c>sub</c> (for
    /// <see cref="CognitoRevocationKind.Subject"/>) of the tokens denied.</summary>
    public string Value { get; }

    /// <summary>When the revocation happened. For <see cref="CognitoRevocationKind.Subject"/>, tokens issued (<c>iat</c>,
    /// else <c>auth_time</c>) in this second or earlier are denied; later ones are not.</summary>
    public DateTimeOffset RevokedAt { get; }

    /// <summary>When the entry may be forgotten: no token it denies can still be accepted by then.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Denies every token of one sign-in (one <c>origin_jti</c>), kept across its refreshes.</summary>
    /// <param name="issuer">The tokens' issuer (<c>iss</c>).</param>
    /// <param name="originJti">The tokens' <c>origin_jti</c>.</param>
    /// <param name="revokedAt">When the sign-in was revoked.</param>
    /// <param name="expiresAt">The latest <c>exp</c> (plus clock skew) any token of that sign-in can have.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">A value is empty or longer than 2048 characters, or <paramref name="expiresAt"/> is not after <paramref name="revokedAt"/>.</exception>
    public static CognitoRevocation ForOrigin(string issuer, string originJti, DateTimeOffset revokedAt, DateTimeOffset expiresAt) =>
        Create(CognitoRevocationKind.Origin, issuer, nameof(issuer), originJti, nameof(originJti), revokedAt, expiresAt);

    /// <summary>Denies every token of one user issued at or before <paramref name="revokedAt"/> (global sign-out, deletion).</summary>
    /// <param name="issuer">The tokens' issuer (<c>iss</c>).</param>
    /// <param name="subject">The user's <c>sub</c>.</param>
    /// <param name="revokedAt">When the user was signed out everywhere or deleted.</param>
    /// <param name="expiresAt">When every token issued by then has expired: <paramref name="revokedAt"/> plus
    /// <see cref="MaxTokenLifetime"/> and the clock skew.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">A value is empty or longer than 2048 characters, or <paramref name="expiresAt"/> is not after <paramref name="revokedAt"/>.</exception>
    public static CognitoRevocation ForSubject(string issuer, string subject, DateTimeOffset revokedAt, DateTimeOffset expiresAt) =>
        Create(CognitoRevocationKind.Subject, issuer, nameof(issuer), subject, nameof(subject), revokedAt, expiresAt);

    /// <summary>Whether this entry denies <paramref name="token"/> (same issuer and origin or subject, issued early enough);
    /// expiry is the list's business.</summary>
    internal bool Covers(CognitoTokenClaims token)
    {
        if (!string.Equals(token.Issuer, Issuer, StringComparison.Ordinal))
        {
            return false;
        }

        if (Kind == CognitoRevocationKind.Origin)
        {
            return string.Equals(token.OriginJti, Value, StringComparison.Ordinal);
        }

        // Whole seconds, as iat has them; a token with neither iat nor auth_time cannot prove it is newer, so it is denied.
        if (!string.Equals(token.Subject, Value, StringComparison.Ordinal))
        {
            return false;
        }

        return (token.IssuedAt ?? token.AuthTime) is not { } issued || issued.ToUnixTimeSeconds() <= RevokedAt.ToUnixTimeSeconds();
    }

    private static CognitoRevocation Create(
        CognitoRevocationKind kind, string issuer, string issuerName, string value, string valueName, DateTimeOffset revokedAt, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer, issuerName);
        ArgumentException.ThrowIfNullOrEmpty(value, valueName);
        if (issuer.Length > MaxLength || value.Length > MaxLength)
        {
            throw new ArgumentException($"A revocation's issuer and {valueName} must be at most {MaxLength} characters.", issuer.Length > MaxLength ? issuerName : valueName);
        }

        if (expiresAt <= revokedAt)
        {
            throw new ArgumentException("A revocation must expire after the instant it was made.", nameof(expiresAt));
        }

        return new CognitoRevocation(kind, issuer, value, revokedAt, expiresAt);
    }
}
