using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetDevice</c> request; member and JSON names are the model's own.</summary>
internal sealed record GetDeviceRequest
{
    public required string DeviceKey { get; init; }

    public string? AccessToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetDeviceRequest {{ DeviceKey = {DeviceKey}, AccessToken = {Redact.Secret(AccessToken)} }}";
}
