using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>UpdateDeviceStatus</c> request; member and JSON names are the model's own.</summary>
internal sealed record UpdateDeviceStatusRequest
{
    public required string AccessToken { get; init; }

    public required string DeviceKey { get; init; }

    public string? DeviceRememberedStatus { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UpdateDeviceStatusRequest {{ AccessToken = {Redact.Secret(AccessToken)}, DeviceKey = {DeviceKey}, DeviceRememberedStatus = {DeviceRememberedStatus} }}";
}
