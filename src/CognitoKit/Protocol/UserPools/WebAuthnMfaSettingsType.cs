using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>Whether passkey (WebAuthn) user verification counts as MFA.</summary>
internal sealed record WebAuthnMfaSettingsType
{
    public bool? Enabled { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"WebAuthnMfaSettingsType {{ Enabled = {Enabled} }}";
}
