using System.Collections;

namespace CognitoKit.Diagnostics;

/// <summary>
/// How wire types show themselves in <c>ToString</c>: secret values become <c>***</c>, maps show only their keys
/// (values such as <c>PASSWORD</c>, <c>SRP_A</c> or <c>SECRET_HASH</c> are secrets), lists show their items'
/// own redacted text.
/// </summary>
internal static class Redact
{
    /// <summary>The mark shown in place of a secret value that is set.</summary>
    public const string Mask = "***";

    /// <summary><c>null</c> when unset, else <see cref="Mask"/>; never the value.</summary>
    public static string Secret(object? value) => value is null ? "null" : Mask;

    /// <summary>The keys of a map, never its values.</summary>
    public static string Keys<TValue>(IReadOnlyDictionary<string, TValue>? map) =>
        map is null ? "null" : "[" + string.Join(", ", map.Keys.Order(StringComparer.Ordinal)) + "]";

    /// <summary>The keys of a map, never its values.</summary>
    public static string Keys<TValue>(Dictionary<string, TValue>? map) => Keys((IReadOnlyDictionary<string, TValue>?)map);

    /// <summary>The items of a list, each shown by its own (redacted) <c>ToString</c>.</summary>
    public static string List(IEnumerable? items)
    {
        if (items is null)
        {
            return "null";
        }

        var texts = new List<string>();
        foreach (object? item in items)
        {
            texts.Add(item?.ToString() ?? "null");
        }

        return "[" + string.Join(", ", texts) + "]";
    }
}
