namespace CognitoKit.Tokens;

/// <summary>Why a Cognito token was rejected. Each check reports its own reason so callers can tell failures apart.</summary>
/// <remarks>
/// The conformance files name these values either exactly as written here or in camelCase
/// (<c>Expired</c> or <c>expired</c>, <c>UnknownKey</c> or <c>unknownKey</c>).
/// </remarks>
public enum TokenRejectionReason
{
    /// <summary>The token is not a well-formed Cognito JWT: too large, wrong segment count, bad base64url, bad JSON,
    /// duplicate or mistyped claims, or a required claim (<c>sub</c>, <c>exp</c>, <c>iat</c>) is missing.</summary>
    Malformed = 1,

    /// <summary>The header's <c>alg</c> is not <c>RS256</c> (for example <c>none</c> or <c>HS256</c>). Checked before any key lookup.</summary>
    UnsupportedAlgorithm,

    /// <summary>The header's <c>kid</c> is missing or names no key in the user pool's JWKS, even after an allowed refetch.</summary>
    UnknownKey,

    /// <summary>The RS256 signature does not verify against the key named by <c>kid</c>.</summary>
    InvalidSignature,

    /// <summary>The <c>iss</c> claim is missing or is not the configured user pool's issuer.</summary>
    WrongIssuer,

    /// <summary>The <c>token_use</c> claim is missing or is not the kind of token asked for.</summary>
    WrongTokenUse,

    /// <summary>The client (<c>client_id</c> for access tokens, <c>aud</c> for ID tokens) is missing or not allowed.</summary>
    WrongClient,

    /// <summary>The token expired (<c>exp</c>), allowing for the configured clock skew.</summary>
    Expired,

    /// <summary>The token is not valid yet (<c>nbf</c>), allowing for the configured clock skew.</summary>
    NotYetValid,

    /// <summary>The <c>iat</c> claim lies in the future (beyond the clock skew) or after <c>exp</c>.</summary>
    InvalidIssuedAt,

    /// <summary>The token lacks a group (<c>cognito:groups</c>) listed in <see cref="CognitoTokenValidationOptions.RequiredGroups"/>.</summary>
    MissingGroup,

    /// <summary>The token lacks a scope (<c>scope</c>) listed in <see cref="CognitoTokenValidationOptions.RequiredScopes"/>.</summary>
    MissingScope,

    /// <summary>The <see cref="CognitoTokenValidationOptions.CustomCheck"/> hook returned <see langword="false"/>.</summary>
    CustomCheckFailed,

    /// <summary>No signing keys could be loaded: the JWKS endpoint failed or returned invalid content, and no earlier key set exists.</summary>
    JwksUnavailable,

    /// <summary>The token is genuine and current, but its sign-in (<c>origin_jti</c>) was signed out or revoked, or its
    /// user signed out everywhere or was deleted after it was issued (<see cref="CognitoTokenValidator.RevocationList"/>).</summary>
    Revoked,
}
