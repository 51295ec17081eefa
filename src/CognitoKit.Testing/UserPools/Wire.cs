using System.Text.Json.Nodes;

namespace CognitoKit.Testing.UserPools;

/// <summary>Small encodings shared by the operations: timestamps and attribute lists.</summary>
internal static class Wire
{
    /// <summary>awsJson timestamps are epoch seconds, possibly fractional.</summary>
    public static JsonNode Time(DateTimeOffset time) => JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000.0);

    public static JsonArray Attributes(IEnumerable<KeyValuePair<string, string>> attributes) =>
        new(attributes.Select(a => (JsonNode)new JsonObject { ["Name"] = a.Key, ["Value"] = a.Value }).ToArray());

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
