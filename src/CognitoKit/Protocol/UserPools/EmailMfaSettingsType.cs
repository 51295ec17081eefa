using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>Whether email MFA is on and preferred.</summary>
internal sealed record EmailMfaSettingsType
{
    public bool? Enabled { get; init; }

    public bool? PreferredMfa { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"EmailMfaSettingsType {{ Enabled = {Enabled}, PreferredMfa = {PreferredMfa} }}";
}
