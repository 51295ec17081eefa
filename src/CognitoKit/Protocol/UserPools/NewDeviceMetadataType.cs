using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>A device Cognito wants the client to confirm (remembered devices).</summary>
internal sealed record NewDeviceMetadataType
{
    public string? DeviceKey { get; init; }

    public string? DeviceGroupKey { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"NewDeviceMetadataType {{ DeviceKey = {DeviceKey}, DeviceGroupKey = {DeviceGroupKey} }}";
}
