using CognitoKit.Testing.Devices;
using CognitoKit.Testing.Passkeys;
using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.UserPools;

/// <summary>One user of a pool. Guarded by the pool's lock.</summary>
internal sealed class User
{
    public required string Username { get; init; }

    public required string Sub { get; init; }

    /// <summary>Attributes in insertion order; <c>sub</c> is included.</summary>
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public string Status { get; set; } = UserStatus.Unconfirmed;

    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreateDate { get; init; }

    public DateTimeOffset LastModifiedDate { get; set; }

    public SrpVerifier? Password { get; set; }

    public DateTimeOffset? TemporaryPasswordExpiresAt { get; set; }

    public PendingCode? SignUpCode { get; set; }

    public PendingCode? ResetCode { get; set; }

    public Dictionary<string, PendingCode> AttributeCodes { get; } = new(StringComparer.Ordinal);

    public bool SmsMfaEnabled { get; set; }

    public bool SmsMfaPreferred { get; set; }

    public bool EmailMfaEnabled { get; set; }

    public bool EmailMfaPreferred { get; set; }

    public bool TotpEnabled { get; set; }

    public bool TotpPreferred { get; set; }

    public string? TotpSecret { get; set; }

    public string? PendingTotpSecret { get; set; }

    /// <summary>The last TOTP time step accepted, so a code works once.</summary>
    public long LastTotpStep { get; set; } = -1;

    /// <summary>Registered passkeys, in registration order.</summary>
    public List<StoredPasskey> Passkeys { get; } = [];

    /// <summary>The passkey registration started and not yet completed.</summary>
    public PendingPasskeyRegistration? PendingPasskey { get; set; }

    /// <summary>Passkey MFA (<c>WebAuthnMfaSettings.Enabled</c>).</summary>
    public bool WebAuthnMfaEnabled { get; set; }

    public HashSet<string> Groups { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RememberedDevice> Devices { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>origin_jti</c> of every sign-in not yet signed out.</summary>
    public HashSet<string> ActiveOrigins { get; } = new(StringComparer.Ordinal);

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    public bool IsVerified(string attribute) => Attribute(attribute + "_verified") == "true";

    public override string ToString() => Username;
}
