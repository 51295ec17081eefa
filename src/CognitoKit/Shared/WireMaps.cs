using CognitoKit.Protocol.UserPools;

namespace CognitoKit.Shared;

/// <summary>Turns the caller's maps into the wire's lists and back; empty maps are left out of the request.</summary>
internal static class WireMaps
{
    public static List<AttributeType>? Attributes(IReadOnlyDictionary<string, string> attributes) =>
        attributes.Count == 0 ? null : [.. attributes.Select(a => new AttributeType { Name = a.Key, Value = a.Value })];

    public static Dictionary<string, string>? Metadata(IReadOnlyDictionary<string, string> metadata) =>
        metadata.Count == 0 ? null : new Dictionary<string, string>(metadata, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> AttributeMap(List<AttributeType>? attributes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (AttributeType attribute in attributes ?? [])
        {
            if (attribute.Name is { Length: > 0 } name)
            {
                map[name] = attribute.Value ?? string.Empty;
            }
        }

        return map;
    }
}
