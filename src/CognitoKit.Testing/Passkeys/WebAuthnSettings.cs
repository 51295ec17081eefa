namespace CognitoKit.Testing.Passkeys;

/// <summary>A pool's <c>WebAuthnConfiguration</c> (SetUserPoolMfaConfig). Guarded by the pool's lock.</summary>
internal sealed class WebAuthnSettings
{
    public const string SingleFactor = "SINGLE_FACTOR";
    public const string MultiFactor = "MULTI_FACTOR_WITH_USER_VERIFICATION";

    /// <summary>The relying party id (a domain); null until configured (the emulator has no user pool domain to fall back on).</summary>
    public string? RelyingPartyId { get; set; }

    /// <summary><c>required</c> or <c>preferred</c> (Cognito's default).</summary>
    public string UserVerification { get; set; } = "preferred";

    /// <summary><see cref="SingleFactor"/> (default) or <see cref="MultiFactor"/>.</summary>
    public string FactorConfiguration { get; set; } = SingleFactor;

    public bool IsMultiFactor => FactorConfiguration == MultiFactor;
}
