using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListDevices</c> answer; unknown members are ignored.</summary>
internal sealed record ListDevicesResponse
{
    public List<DeviceType>? Devices { get; init; }

    public string? PaginationToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListDevicesResponse {{ Devices = {Redact.List(Devices)}, PaginationToken = {Redact.Secret(PaginationToken)} }}";
}
