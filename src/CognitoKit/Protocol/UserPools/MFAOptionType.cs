using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>A legacy SMS MFA option of a user.</summary>
internal sealed record MFAOptionType
{
    public string? DeliveryMedium { get; init; }

    public string? AttributeName { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"MFAOptionType {{ DeliveryMedium = {DeliveryMedium}, AttributeName = {AttributeName} }}";
}
