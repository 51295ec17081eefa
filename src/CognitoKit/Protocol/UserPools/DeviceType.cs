using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>A remembered device and its attributes.</summary>
internal sealed record DeviceType
{
    public string? DeviceKey { get; init; }

    public List<AttributeType>? DeviceAttributes { get; init; }

    public DateTimeOffset? DeviceCreateDate { get; init; }

    public DateTimeOffset? DeviceLastModifiedDate { get; init; }

    public DateTimeOffset? DeviceLastAuthenticatedDate { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"DeviceType {{ DeviceKey = {DeviceKey}, DeviceAttributes = {Redact.List(DeviceAttributes)}, DeviceCreateDate = {DeviceCreateDate}, DeviceLastModifiedDate = {DeviceLastModifiedDate}, DeviceLastAuthenticatedDate = {DeviceLastAuthenticatedDate} }}";
}
