using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CognitoKit.Testing.Seeding;

/// <summary>
/// One JSON object of a seed file with its path (<c>$.userPools[0].users[2]</c>): typed readers that refuse unknown
/// members and wrong types with the path of the member at fault. Messages never quote a value: a seed holds passwords
/// and secrets.
/// </summary>
internal readonly struct SeedNode
{
    private readonly JsonObject node;

    public SeedNode(JsonObject node, string path)
    {
        this.node = node;
        Path = path;
    }

    public string Path { get; }

    public string PathOf(string member) => Path + "." + member;

    public bool Has(string member) => node[member] is not null;

    /// <summary>Refuses members not in <paramref name="known"/> (a typo must not be silently ignored).</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var (name, _) in node)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw Fail(PathOf(name), "unknown member; expected one of: " + string.Join(", ", known) + ".");
            }
        }
    }

    public string RequiredString(string member) =>
        OptionalString(member) ?? throw Fail(PathOf(member), "required string is missing.");

    public string? OptionalString(string member) => node[member] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is { Length: > 0 } s ? s : throw Fail(PathOf(member), "must not be empty."),
        _ => throw Fail(PathOf(member), "expected a string."),
    };

    public bool? OptionalBool(string member) => node[member] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw Fail(PathOf(member), "expected true or false."),
    };

    public int? OptionalInt(string member, int min, int max)
    {
        if (node[member] is null)
        {
            return null;
        }

        if (node[member] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue(out int value))
        {
            throw Fail(PathOf(member), "expected a whole number.");
        }

        return value < min || value > max
            ? throw Fail(PathOf(member), string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}."))
            : value;
    }

    public IReadOnlyList<string> Strings(string member)
    {
        if (node[member] is null)
        {
            return [];
        }

        if (node[member] is not JsonArray array)
        {
            throw Fail(PathOf(member), "expected a list of strings.");
        }

        var result = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            result.Add(array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s
                ? s
                : throw Fail(Index(PathOf(member), i), "expected a non-empty string."));
        }

        return result;
    }

    /// <summary>A string-to-string map such as user attributes.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> StringMap(string member)
    {
        if (node[member] is null)
        {
            return [];
        }

        if (node[member] is not JsonObject map)
        {
            throw Fail(PathOf(member), "expected an object of string values.");
        }

        var result = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in map)
        {
            result.Add(value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? KeyValuePair.Create(key, v.GetValue<string>())
                : throw Fail(PathOf(member) + "." + key, "expected a string."));
        }

        return result;
    }

    public SeedNode? OptionalObject(string member) => node[member] switch
    {
        null => null,
        JsonObject o => new SeedNode(o, PathOf(member)),
        _ => throw Fail(PathOf(member), "expected an object."),
    };

    /// <summary>The objects of a list member, each with its indexed path.</summary>
    public IReadOnlyList<SeedNode> Objects(string member)
    {
        if (node[member] is null)
        {
            return [];
        }

        if (node[member] is not JsonArray array)
        {
            throw Fail(PathOf(member), "expected a list of objects.");
        }

        var result = new List<SeedNode>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            result.Add(array[i] is JsonObject o ? new SeedNode(o, Index(PathOf(member), i)) : throw Fail(Index(PathOf(member), i), "expected an object."));
        }

        return result;
    }

    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    public static CognitoEmulatorSeedException Fail(string path, string problem) => new(path, problem);
}
