using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>Where Cognito sent a code: the masked destination, the medium and the attribute.</summary>
internal sealed record CodeDeliveryDetailsType
{
    public string? Destination { get; init; }

    public string? DeliveryMedium { get; init; }

    public string? AttributeName { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"CodeDeliveryDetailsType {{ Destination = {Redact.Secret(Destination)}, DeliveryMedium = {DeliveryMedium}, AttributeName = {AttributeName} }}";
}
