namespace CognitoKit.Tokens;

/// <summary>How <see cref="CognitoTokenValidator"/> validates Cognito user pool tokens.</summary>
/// <remarks>
/// <para>Defaults: every check is on; <see cref="ClockSkew"/> is 60 seconds; <see cref="JwksMaxAge"/> is one hour;
/// <see cref="RequiredGroups"/> and <see cref="RequiredScopes"/> are empty (no group or scope is required);
/// <see cref="CustomCheck"/> is not set; <see cref="ValidatedTokenCacheSize"/> is 0 (no cache of validated tokens).</para>
/// <para>The accepted issuer is <see cref="Issuer"/> when set (emulators: <c>{endpoint}/{userPoolId}</c>); otherwise
/// both forms Cognito issues for the pool: the original <c>https://cognito-idp.{Region}.amazonaws.com/{UserPoolId}</c>
/// and the updated <c>https://issuer-cognito-idp.{Region}.amazonaws.com/{UserPoolId}</c> (a pool's
/// <c>IssuerConfiguration</c>). <see cref="Region"/> may be left out when the user pool id starts with it
/// (<c>us-east-2_AbC</c>). Keys come from <c>{issuer}/.well-known/jwks.json</c> of the issuer the token carries.</para>
/// <para>The algorithm (<c>RS256</c> only) and the signature are always checked; they have no switch.</para>
/// </remarks>
public sealed class CognitoTokenValidationOptions
{
    /// <summary>The AWS region of the user pool, such as <c>us-east-2</c>. Optional when <see cref="UserPoolId"/> starts with it.</summary>
    public string? Region { get; set; }

    /// <summary>The user pool id, such as <c>us-east-2_D8rs5PBjY</c>.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>An explicit issuer, which wins over <see cref="Region"/> and <see cref="UserPoolId"/>. Use for emulators.</summary>
    public string? Issuer { get; set; }

    /// <summary>App client ids whose tokens are accepted (<c>client_id</c> of access tokens, <c>aud</c> of ID tokens).</summary>
    /// <remarks>Must hold at least one id unless <see cref="ValidateClientId"/> is turned off.</remarks>
    public IList<string> AllowedClientIds { get; set; } = new List<string>();

    /// <summary>Tolerance for clock differences when checking <c>exp</c>, <c>nbf</c> and <c>iat</c>.</summary>
    /// <remarks>Default 60 seconds; must lie between zero and five minutes.</remarks>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Groups (<c>cognito:groups</c>) the token must carry: every listed group is required. Empty by default.</summary>
    public IList<string> RequiredGroups { get; set; } = new List<string>();

    /// <summary>Scopes (<c>scope</c>) the token must carry: every listed scope is required. Empty by default.</summary>
    public IList<string> RequiredScopes { get; set; } = new List<string>();

    /// <summary>An extra check run last, on a token that passed every other check; return <see langword="false"/> to reject
    /// it with <see cref="TokenRejectionReason.CustomCheckFailed"/>. Exceptions it throws reach the caller. Not set by default.</summary>
    public Func<CognitoTokenClaims, bool>? CustomCheck { get; set; }

    /// <summary>How old fetched signing keys may get before they are fetched again in the background. Default one hour.</summary>
    /// <remarks>Until the new key set is read successfully the old one stays in use; a failed refetch is tried again
    /// 10 seconds later. A key the pool no longer lists stops validating once the refetch succeeds. Must lie between
    /// one minute and seven days. Keys installed with <see cref="CognitoTokenValidator.PreloadJwks"/> do not age.</remarks>
    public TimeSpan JwksMaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The largest value of <see cref="ValidatedTokenCacheSize"/>.</summary>
    public const int MaxValidatedTokenCacheSize = 1_000_000;

    /// <summary>
    /// How many validated tokens to remember, so that a token seen again (an API sees the same access token on every
    /// request of a user's hour) is answered without parsing it or verifying its signature. Default 0: no cache.
    /// </summary>
    /// <remarks>
    /// <para>A token is found only by the whole token string, compared in full. On every hit the dates (<c>exp</c>,
    /// <c>nbf</c>, <c>iat</c>) are judged again by the clock, the <see cref="CognitoTokenValidator.RevocationList"/> and
    /// <see cref="CustomCheck"/> run again, and the key that verified the token must still be in the pool's JWKS; only the
    /// parsing and the RSA verification are skipped. Only valid tokens are cached. An entry is dropped once its token
    /// has expired, is revoked, or its key leaves the JWKS; when the cache is full, the token cached longest ago makes room
    /// (first in, first out).</para>
    /// <para>A cached token's <see cref="CognitoTokenClaims"/> object is handed to every validation that finds it, so treat
    /// it as read-only; <see cref="CognitoTokenClaims.ToPrincipal"/> then builds a new principal on each call.</para>
    /// <para>Each entry keeps the token string and its claims alive: about 3 to 4 KB for a typical access token. Must lie
    /// between 0 and <see cref="MaxValidatedTokenCacheSize"/>.</para>
    /// </remarks>
    public int ValidatedTokenCacheSize { get; set; }

    /// <summary>Whether <c>iss</c> must equal the issuer. Default <see langword="true"/>.</summary>
    public bool ValidateIssuer { get; set; } = true;

    /// <summary>Whether <c>token_use</c> must equal the kind asked for. Default <see langword="true"/>.</summary>
    public bool ValidateTokenUse { get; set; } = true;

    /// <summary>Whether the client (<c>client_id</c> or <c>aud</c>) must be in <see cref="AllowedClientIds"/>. Default <see langword="true"/>.</summary>
    public bool ValidateClientId { get; set; } = true;

    /// <summary>Whether <c>exp</c> must be present and not past. Default <see langword="true"/>.</summary>
    public bool ValidateExpiration { get; set; } = true;

    /// <summary>Whether <c>nbf</c>, when present, must not be in the future. Default <see langword="true"/>.</summary>
    public bool ValidateNotBefore { get; set; } = true;

    /// <summary>Whether <c>iat</c> must be present, not in the future and not after <c>exp</c>. Default <see langword="true"/>.</summary>
    public bool ValidateIssuedAt { get; set; } = true;

    /// <summary>The accepted issuers: <see cref="Issuer"/> alone when set, else the pool's original and updated forms.</summary>
    /// <returns>The issuers, without trailing slash.</returns>
    /// <exception cref="ArgumentException">No issuer can be derived, or <see cref="Issuer"/> is not an absolute https URL
    /// (plain http is accepted only towards this machine).</exception>
    public IReadOnlyList<string> ResolveIssuers()
    {
        if (!string.IsNullOrWhiteSpace(Issuer))
        {
            if (!Uri.TryCreate(Issuer, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException("CognitoTokenValidationOptions.Issuer must be an absolute http(s) URL.", nameof(Issuer));
            }

            if (!DependencyInjection.PlainHttpRule.Allows(uri))
            {
                throw new ArgumentException(DependencyInjection.PlainHttpRule.Failure("CognitoTokenValidationOptions.Issuer", uri), nameof(Issuer));
            }

            return [Issuer.TrimEnd('/')];
        }

        if (string.IsNullOrWhiteSpace(UserPoolId))
        {
            throw new ArgumentException("CognitoTokenValidationOptions needs UserPoolId (with Region) or an explicit Issuer.", nameof(UserPoolId));
        }

        var separator = UserPoolId.IndexOf('_', StringComparison.Ordinal);
        var region = string.IsNullOrWhiteSpace(Region) ? (separator > 0 ? UserPoolId[..separator] : null) : Region;
        if (region is null)
        {
            throw new ArgumentException("CognitoTokenValidationOptions.Region is not set and UserPoolId does not start with a region.", nameof(Region));
        }

        if (UserPoolId.AsSpan().IndexOfAny("/?#") >= 0 || region.AsSpan().IndexOfAny("/?#.") >= 0)
        {
            throw new ArgumentException("CognitoTokenValidationOptions.Region or UserPoolId contains characters not allowed in an issuer.", nameof(UserPoolId));
        }

        return [$"https://cognito-idp.{region}.amazonaws.com/{UserPoolId}", $"https://issuer-cognito-idp.{region}.amazonaws.com/{UserPoolId}"];
    }

    /// <summary>Throws when a setting is out of range: the checks a <see cref="CognitoTokenValidator"/> makes when created,
    /// for callers that want them at start-up. The issuer settings are checked by <see cref="ResolveIssuers"/>.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void ThrowIfInvalid()
    {
        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentException("CognitoTokenValidationOptions.ClockSkew must lie between zero and five minutes.", nameof(ClockSkew));
        }

        if (JwksMaxAge < TimeSpan.FromMinutes(1) || JwksMaxAge > TimeSpan.FromDays(7))
        {
            throw new ArgumentException("CognitoTokenValidationOptions.JwksMaxAge must lie between one minute and seven days.", nameof(JwksMaxAge));
        }

        if (ValidatedTokenCacheSize < 0 || ValidatedTokenCacheSize > MaxValidatedTokenCacheSize)
        {
            throw new ArgumentException(
                "CognitoTokenValidationOptions.ValidatedTokenCacheSize must lie between 0 (no cache) and 1,000,000.", nameof(ValidatedTokenCacheSize));
        }

        if (ValidateClientId && (AllowedClientIds is null || AllowedClientIds.Count == 0 || AllowedClientIds.Any(string.IsNullOrEmpty)))
        {
            throw new ArgumentException(
                "CognitoTokenValidationOptions.AllowedClientIds must list at least one non-empty client id, or ValidateClientId must be false.",
                nameof(AllowedClientIds));
        }

        if ((RequiredGroups?.Any(string.IsNullOrEmpty) ?? false) || (RequiredScopes?.Any(string.IsNullOrEmpty) ?? false))
        {
            throw new ArgumentException("CognitoTokenValidationOptions.RequiredGroups and RequiredScopes cannot hold empty names.", nameof(RequiredGroups));
        }
    }
}
