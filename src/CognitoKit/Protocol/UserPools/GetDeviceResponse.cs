using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetDevice</c> answer; unknown members are ignored.</summary>
internal sealed record GetDeviceResponse
{
    public DeviceType? Device { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetDeviceResponse {{ Device = {Device} }}";
}
