using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ConfirmDevice</c> request; member and JSON names are the model's own.</summary>
internal sealed record ConfirmDeviceRequest
{
    public required string AccessToken { get; init; }

    public required string DeviceKey { get; init; }

    public DeviceSecretVerifierConfigType? DeviceSecretVerifierConfig { get; init; }

    public string? DeviceName { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ConfirmDeviceRequest {{ AccessToken = {Redact.Secret(AccessToken)}, DeviceKey = {DeviceKey}, DeviceSecretVerifierConfig = {DeviceSecretVerifierConfig}, DeviceName = {DeviceName} }}";
}
