using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>Whether SMS MFA is on and preferred.</summary>
internal sealed record SMSMfaSettingsType
{
    public bool? Enabled { get; init; }

    public bool? PreferredMfa { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"SMSMfaSettingsType {{ Enabled = {Enabled}, PreferredMfa = {PreferredMfa} }}";
}
