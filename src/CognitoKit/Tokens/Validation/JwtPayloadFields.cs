namespace CognitoKit.Tokens.Validation;

/// <summary>What the payload reader found, before any check is applied.</summary>
internal struct JwtPayloadFields
{
    public bool HasIssuer;
    public int IssuerMatch;
    public string? Issuer;
    public JwtTokenUseValue TokenUse;
    public bool HasClientId;
    public int ClientIdMatch;
    public string? ClientId;
    public bool HasAudience;
    public bool AudienceIsArray;
    public int AudienceMatch;
    public string? Audience;
    public long? ExpiresAt;
    public long? NotBefore;
    public long? IssuedAt;
    public long? AuthTime;
    public string? Subject;
    public string? CognitoUsername;
    public string? Username;
    public string? Jti;
    public string? OriginJti;
    public string? EventId;
    public string? Email;
    public bool? EmailVerified;
    public string? Scope;
    public string[]? Groups;
}

/// <summary>The <c>token_use</c> value as read, including the cases no <see cref="CognitoTokenUse"/> covers.</summary>
internal enum JwtTokenUseValue
{
    Missing,
    Id,
    Access,
    Other,
}

/// <summary>The <c>alg</c> header value as far as validation cares.</summary>
internal enum JwtAlgorithm
{
    Missing,
    RS256,
    Other,
}
