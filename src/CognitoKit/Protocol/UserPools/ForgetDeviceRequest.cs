using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ForgetDevice</c> request; member and JSON names are the model's own.</summary>
internal sealed record ForgetDeviceRequest
{
    public string? AccessToken { get; init; }

    public required string DeviceKey { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ForgetDeviceRequest {{ AccessToken = {Redact.Secret(AccessToken)}, DeviceKey = {DeviceKey} }}";
}
