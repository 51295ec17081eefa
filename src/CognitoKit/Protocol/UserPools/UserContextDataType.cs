using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>Context data for threat protection (hidden by <c>ToString</c>).</summary>
internal sealed record UserContextDataType
{
    public string? IpAddress { get; init; }

    public string? EncodedData { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UserContextDataType {{ IpAddress = {Redact.Secret(IpAddress)}, EncodedData = {Redact.Secret(EncodedData)} }}";
}
