using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace CognitoKit.Tests.Contract;

/// <summary>
/// Checks a wire record against a model shape by reflection: every JSON member name exists in the shape with a
/// compatible type (recursively for nested records), and required members are present and <c>required</c>.
/// </summary>
internal sealed class WireContractChecker
{
    private readonly HashSet<(Type, string)> _visited = [];
    private readonly IReadOnlySet<Type> _responseTypes;

    /// <param name="responseTypes">Records that are read from answers: the model's <c>required</c> is not enforced on them,
    /// since reading stays tolerant of an answer that leaves a member out.</param>
    public WireContractChecker(IReadOnlySet<Type>? responseTypes = null) => _responseTypes = responseTypes ?? new HashSet<Type>();

    /// <summary>Problems that fail the contract.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>What could not be checked against an older model (members it does not know yet).</summary>
    public List<string> Unchecked { get; } = [];

    /// <summary>Whether members the model does not know are problems (newest models) or only unchecked (older models).</summary>
    public bool Strict { get; init; } = true;

    public void Check(Type type, ModelShape shape, bool enforceRequired)
    {
        if (!_visited.Add((type, shape.ToString())))
        {
            return;
        }

        if (shape.Type != "structure")
        {
            Problems.Add($"{type.Name}: the model shape {shape} is a {shape.Type}, not a structure.");
            return;
        }

        if (shape.Name is not null && type.Name != shape.Name && !type.Name.EndsWith("Request", StringComparison.Ordinal) && !type.Name.EndsWith("Response", StringComparison.Ordinal))
        {
            Problems.Add($"{type.Name}: named differently from its model shape {shape.Name}.");
        }

        var modelMembers = shape.Members.ToDictionary(m => m.Name, m => m.Shape, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            string json = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;
            seen.Add(json);
            if (!modelMembers.TryGetValue(json, out ModelShape? memberShape))
            {
                string? near = modelMembers.Keys.FirstOrDefault(k => string.Equals(k, json, StringComparison.OrdinalIgnoreCase));
                string message = $"{type.Name}.{property.Name}: JSON name '{json}' is not a member of {shape}" + (near is null ? "." : $" (the model spells it '{near}').");
                if (Strict || near is not null)
                {
                    Problems.Add(message);
                }
                else
                {
                    Unchecked.Add(message + " The older model does not know it.");
                }

                continue;
            }

            CheckType($"{type.Name}.{property.Name}", property.PropertyType, memberShape, enforceRequired);
        }

        bool required = enforceRequired && !_responseTypes.Contains(type);
        if (required)
        {
            foreach (string name in shape.Required)
            {
                PropertyInfo? property = type.GetProperties().FirstOrDefault(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name) == name);
                if (property is null)
                {
                    Problems.Add($"{type.Name}: the model requires '{name}', which the record lacks.");
                }
                else if (property.GetCustomAttribute<RequiredMemberAttribute>() is null)
                {
                    string message = $"{type.Name}.{property.Name}: the model requires it, so it must be declared 'required'.";

                    // Newer models relaxed some requirements (SignUp's Password, ChangePassword's PreviousPassword).
                    (Strict ? Problems : Unchecked).Add(Strict ? message : message + " Only the older model requires it.");
                }
            }
        }
    }

    private void CheckType(string where, Type clr, ModelShape shape, bool enforceRequired)
    {
        Type type = Nullable.GetUnderlyingType(clr) ?? clr;
        if (shape.IsDocument)
        {
            // A document (the WebAuthn options and credentials) is free JSON sent inline, so only JsonElement carries it as is.
            Expect(where, type, typeof(System.Text.Json.JsonElement), shape);
            return;
        }

        switch (shape.Type)
        {
            case "string":
                Expect(where, type, typeof(string), shape);
                break;
            case "boolean":
                Expect(where, type, typeof(bool), shape);
                break;
            case "integer":
                Expect(where, type, typeof(int), shape);
                break;
            case "long":
                Expect(where, type, typeof(long), shape);
                break;
            case "timestamp":
                Expect(where, type, typeof(DateTimeOffset), shape);
                break;
            case "list":
                if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(List<>))
                {
                    Problems.Add($"{where}: the model says list ({shape}), the record has {type.Name}.");
                    break;
                }

                CheckType(where + "[]", type.GetGenericArguments()[0], shape.ListMember, enforceRequired);
                break;
            case "map":
                if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Dictionary<,>))
                {
                    Problems.Add($"{where}: the model says map ({shape}), the record has {type.Name}.");
                    break;
                }

                CheckType(where + ".Key", type.GetGenericArguments()[0], shape.MapKey, enforceRequired);
                CheckType(where + ".Value", type.GetGenericArguments()[1], shape.MapValue, enforceRequired);
                break;
            case "structure":
                if (type.IsPrimitive || type == typeof(string) || type.IsGenericType)
                {
                    Problems.Add($"{where}: the model says structure {shape}, the record has {type.Name}.");
                    break;
                }

                Check(type, shape, enforceRequired);
                break;
            default:
                Problems.Add($"{where}: the model type '{shape.Type}' ({shape}) has no wire mapping.");
                break;
        }
    }

    private void Expect(string where, Type actual, Type expected, ModelShape shape)
    {
        if (actual != expected)
        {
            Problems.Add($"{where}: the model says {shape.Type} ({shape}), so {expected.Name} is expected; the record has {actual.Name}.");
        }
    }
}
