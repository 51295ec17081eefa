using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit;

/// <summary>A device Cognito tracks for the user.</summary>
/// <param name="DeviceKey">The device key.</param>
/// <param name="Name">The device name (<c>device_name</c>), when set.</param>
/// <param name="IsRemembered">Whether the device is remembered (<c>dev:device_remembered_status</c>); null when Cognito does not say.</param>
/// <param name="IsCurrent">Whether this is the device the session signed in with.</param>
/// <param name="CreatedAt">When the device was first seen.</param>
/// <param name="LastModifiedAt">When the device last changed.</param>
/// <param name="LastAuthenticatedAt">When the device was last used to sign in.</param>
/// <param name="Attributes">Every device attribute Cognito returned, by name.</param>
public sealed record CognitoDevice(
    string DeviceKey,
    string? Name,
    bool? IsRemembered,
    bool IsCurrent,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? LastModifiedAt,
    DateTimeOffset? LastAuthenticatedAt,
    IReadOnlyDictionary<string, string> Attributes)
{
    internal static CognitoDevice From(DeviceType device, string? currentDeviceKey)
    {
        IReadOnlyDictionary<string, string> attributes = WireMaps.AttributeMap(device.DeviceAttributes);
        string key = device.DeviceKey ?? string.Empty;
        return new CognitoDevice(
            key,
            attributes.TryGetValue("device_name", out string? name) ? name : null,
            RememberedStatusOf(attributes),
            currentDeviceKey is not null && string.Equals(key, currentDeviceKey, StringComparison.Ordinal),
            device.DeviceCreateDate,
            device.DeviceLastModifiedDate,
            device.DeviceLastAuthenticatedDate,
            attributes);
    }

    /// <summary>
    /// Cognito names the remembered status in <c>dev:device_remembered_status</c>; some implementations only put
    /// <c>not_remembered</c>/<c>remembered</c> in <c>device_status</c>, so that is read when the first is absent.
    /// </summary>
    private static bool? RememberedStatusOf(IReadOnlyDictionary<string, string> attributes)
    {
        string? status = attributes.TryGetValue("dev:device_remembered_status", out string? explicitStatus)
            ? explicitStatus
            : attributes.GetValueOrDefault("device_status");
        return status switch
        {
            DeviceRememberedStatusType.Remembered => true,
            DeviceRememberedStatusType.NotRemembered => false,
            _ => null,
        };
    }

    /// <summary>Describes the device.</summary>
    /// <returns>Key, name and status.</returns>
    public override string ToString() =>
        $"CognitoDevice {{ DeviceKey = {DeviceKey}, Name = {Name}, IsRemembered = {IsRemembered}, IsCurrent = {IsCurrent} }}";
}
