using System.Text.Json;

namespace CognitoKit.Tests.Contract;

/// <summary>
/// An AWS service model in the botocore "service-2" JSON form, or the minified form the npm <c>aws-sdk</c> v2 ships
/// (shapes inlined or renamed, no error lists, a missing type meaning string).
/// </summary>
internal sealed class ServiceModel
{
    private readonly JsonElement _shapes;

    private ServiceModel(string path, JsonDocument document, bool minified)
    {
        Path = path;
        Document = document;
        IsMinified = minified;
        Operations = document.RootElement.GetProperty("operations");
        _shapes = document.RootElement.GetProperty("shapes");
    }

    public string Path { get; }

    public JsonDocument Document { get; }

    /// <summary>Whether shape names are meaningless (the aws-sdk v2 minified models) and errors are not listed.</summary>
    public bool IsMinified { get; }

    public JsonElement Operations { get; }

    public static ServiceModel Load(string path) =>
        new(path, JsonDocument.Parse(File.ReadAllBytes(path)), path.EndsWith(".min.json", StringComparison.Ordinal));

    public bool HasOperation(string name) => Operations.TryGetProperty(name, out _);

    /// <summary>The input (<paramref name="output"/> false) or output shape of an operation; null when it has none.</summary>
    public ModelShape? OperationShape(string operation, bool output)
    {
        JsonElement op = Operations.GetProperty(operation);
        return op.TryGetProperty(output ? "output" : "input", out JsonElement reference) ? Resolve(reference) : null;
    }

    /// <summary>The error shape names an operation lists (none in a minified model).</summary>
    public IReadOnlyList<string> Errors(string operation)
    {
        JsonElement op = Operations.GetProperty(operation);
        return op.TryGetProperty("errors", out JsonElement errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("shape").GetString()!).Distinct().ToList()
            : [];
    }

    /// <summary>Whether the operation is sent without SigV4 (<c>authtype: none</c>).</summary>
    public bool IsUnsigned(string operation) =>
        Operations.GetProperty(operation).TryGetProperty("authtype", out JsonElement auth) && auth.GetString() == "none";

    /// <summary>Follows a member or operation reference to its shape, whether named or inline.</summary>
    public ModelShape Resolve(JsonElement reference)
    {
        if (reference.TryGetProperty("shape", out JsonElement name))
        {
            string shapeName = name.GetString()!;
            JsonElement shape = _shapes.GetProperty(shapeName);
            return new ModelShape(IsMinified ? null : shapeName, shape, this);
        }

        return new ModelShape(null, reference, this);
    }
}
