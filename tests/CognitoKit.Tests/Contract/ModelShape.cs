using System.Text.Json;

namespace CognitoKit.Tests.Contract;

/// <summary>One shape of a <see cref="ServiceModel"/>; <see cref="Name"/> is null when inline or minified.</summary>
internal sealed record ModelShape(string? Name, JsonElement Element, ServiceModel Model)
{
    /// <summary>The shape's type; the minified models leave out <c>string</c>.</summary>
    public string Type => Element.TryGetProperty("type", out JsonElement t) ? t.GetString()! : "string";

    /// <summary>Whether the shape is a document: any JSON value, sent inline (<c>"document": true</c>).</summary>
    public bool IsDocument => Element.TryGetProperty("document", out JsonElement d) && d.ValueKind == JsonValueKind.True;

    public IEnumerable<(string Name, ModelShape Shape)> Members =>
        Element.TryGetProperty("members", out JsonElement members)
            ? members.EnumerateObject().Select(m => (m.Name, Model.Resolve(m.Value)))
            : [];

    public IReadOnlySet<string> Required =>
        Element.TryGetProperty("required", out JsonElement r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : new HashSet<string>();

    public IReadOnlyList<string> EnumValues =>
        Element.TryGetProperty("enum", out JsonElement e) ? e.EnumerateArray().Select(v => v.GetString()!).ToList() : [];

    public ModelShape ListMember => Model.Resolve(Element.GetProperty("member"));

    public ModelShape MapKey => Model.Resolve(Element.GetProperty("key"));

    public ModelShape MapValue => Model.Resolve(Element.GetProperty("value"));

    public override string ToString() => Name ?? $"<inline {Type}>";
}
