using System.Text.Json;
using System.Text.Json.Nodes;

namespace CognitoKit.Testing.Host;

/// <summary>One parsed JSON request, with readers that refuse bad members the way Cognito does.</summary>
internal sealed class AwsJsonRequest
{
    public AwsJsonRequest(string operation, JsonObject body, HttpContext httpContext, string requestId)
    {
        Operation = operation;
        Body = body;
        HttpContext = httpContext;
        RequestId = requestId;
    }

    public string Operation { get; }

    public JsonObject Body { get; }

    public HttpContext HttpContext { get; }

    public string RequestId { get; }

    /// <summary>
    /// True when the domain's hosted pages make this call in process on a user's behalf (never for a request off the
    /// wire): sign-in then runs whatever the client's auth flows, and its sessions serve only the hosted pages.
    /// </summary>
    public bool FromHostedPage { get; init; }

    /// <summary>The id to give what this request creates, instead of a random one: set only in process, by a seed; never from HTTP.</summary>
    public string? FixedId { get; init; }

    public CancellationToken CancellationToken => HttpContext.RequestAborted;

    public string RequiredString(string member) =>
        OptionalString(member) is { Length: > 0 } value ? value : throw AwsServiceException.MissingMember(member);

    public string? OptionalString(string member) => ReadString(Body, member);

    public bool? OptionalBool(string member) => Body[member] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw Invalid(member, "boolean"),
    };

    public long? OptionalLong(string member) => Body[member] switch
    {
        null => null,
        JsonValue v when ReadLong(v) is { } number => number,
        _ => throw Invalid(member, "number"),
    };

    /// <summary>A JSON number as a long, whether it came off the wire or was built in process (int, long, double).</summary>
    internal static long? ReadLong(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && double.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? (long)d
            : null;

    public JsonObject? OptionalObject(string member) => Body[member] switch
    {
        null => null,
        JsonObject o => o,
        _ => throw Invalid(member, "structure"),
    };

    public IReadOnlyList<string> StringList(string member) => Body[member] switch
    {
        null => [],
        JsonArray a => a.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Invalid(member, "list of strings")).ToList(),
        _ => throw Invalid(member, "list"),
    };

    /// <summary>Reads a <c>map&lt;string,string&gt;</c> such as AuthParameters; every value must be a JSON string.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string member)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (Body[member])
        {
            case null:
                return result;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    result[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                        ? v.GetValue<string>()
                        : throw AwsServiceException.InvalidParameter($"Invalid value for {member}.{key}: expected a string.");
                }

                return result;
            default:
                throw Invalid(member, "map");
        }
    }

    /// <summary>Reads a list of <c>AttributeType</c> ({Name, Value}).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AttributeList(string member)
    {
        if (Body[member] is null)
        {
            return [];
        }

        if (Body[member] is not JsonArray array)
        {
            throw Invalid(member, "list");
        }

        var result = new List<KeyValuePair<string, string>>();
        foreach (var item in array)
        {
            if (item is not JsonObject o || ReadString(o, "Name") is not { Length: > 0 } name)
            {
                throw AwsServiceException.InvalidParameter($"1 validation error detected: Value null at '{char.ToLowerInvariant(member[0])}{member[1..]}.member.name' failed to satisfy constraint: Member must not be null");
            }

            result.Add(new(name, ReadString(o, "Value") ?? string.Empty));
        }

        return result;
    }

    internal static string? ReadString(JsonObject obj, string member) => obj[member] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw Invalid(member, "string"),
    };

    /// <summary>A nested boolean member (inside a structure such as DeviceConfiguration); a string or number there is refused, not crashed on.</summary>
    internal static bool? ReadBool(JsonObject obj, string member) => obj[member] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw Invalid(member, "boolean"),
    };

    /// <summary>A nested integer member; a string there is refused instead of silently falling back to a default.</summary>
    internal static long? ReadNumber(JsonObject obj, string member) => obj[member] switch
    {
        null => null,
        JsonValue v when ReadLong(v) is { } number => number,
        _ => throw Invalid(member, "number"),
    };

    /// <summary>A nested structure member.</summary>
    internal static JsonObject? ReadObject(JsonObject obj, string member) => obj[member] switch
    {
        null => null,
        JsonObject o => o,
        _ => throw Invalid(member, "structure"),
    };

    /// <summary>A nested list of strings.</summary>
    internal static IReadOnlyList<string>? ReadStrings(JsonObject obj, string member) => obj[member] switch
    {
        null => null,
        JsonArray a => a.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Invalid(member, "list of strings")).ToList(),
        _ => throw Invalid(member, "list"),
    };

    /// <summary>Refuses a value outside a Smithy enum with Cognito's validation wording.</summary>
    internal static void EnsureEnum(string member, IEnumerable<string> values, params string[] allowed)
    {
        foreach (var value in values)
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                throw AwsServiceException.InvalidParameter($"1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
            }
        }
    }

    private static AwsServiceException Invalid(string member, string expected) =>
        AwsServiceException.InvalidParameter($"Invalid value for {member}: expected a {expected}.");
}
