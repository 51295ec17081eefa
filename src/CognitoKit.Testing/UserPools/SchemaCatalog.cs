using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>The attributes a pool knows: Cognito's standard set plus the pool's <c>custom:</c> ones.</summary>
internal sealed class SchemaCatalog
{
    private static readonly string[] Standard =
    [
        "sub", "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture",
        "website", "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number",
        "phone_number_verified", "address", "updated_at",
    ];

    private readonly Dictionary<string, JsonObject> attributes = new(StringComparer.Ordinal);

    public SchemaCatalog(IEnumerable<JsonObject> declared)
    {
        foreach (var name in Standard)
        {
            attributes[name] = new JsonObject
            {
                ["Name"] = name,
                ["AttributeDataType"] = name.EndsWith("_verified", StringComparison.Ordinal) ? "Boolean" : name == "updated_at" ? "Number" : "String",
                ["DeveloperOnlyAttribute"] = false,
                ["Mutable"] = name != "sub",
                ["Required"] = name == "sub",
            };
        }

        foreach (var item in declared)
        {
            var name = AwsJsonRequest.ReadString(item, "Name") ?? throw AwsServiceException.InvalidParameter("Schema attribute name is required.");
            var key = Standard.Contains(name, StringComparer.Ordinal) ? name : "custom:" + name;
            var entry = attributes.TryGetValue(key, out var existing) ? existing : new JsonObject { ["Name"] = key, ["AttributeDataType"] = "String", ["DeveloperOnlyAttribute"] = false, ["Mutable"] = true, ["Required"] = false };
            // Checked here because the booleans are read again on every sign-up; a string stored now would fail each later call.
            _ = AwsJsonRequest.ReadBool(item, "Mutable");
            _ = AwsJsonRequest.ReadBool(item, "Required");
            _ = AwsJsonRequest.ReadBool(item, "DeveloperOnlyAttribute");
            if (AwsJsonRequest.ReadString(item, "AttributeDataType") is { } dataType)
            {
                AwsJsonRequest.EnsureEnum("schema.member.attributeDataType", [dataType], "String", "Number", "DateTime", "Boolean");
            }

            _ = AwsJsonRequest.ReadObject(item, "StringAttributeConstraints");
            _ = AwsJsonRequest.ReadObject(item, "NumberAttributeConstraints");
            foreach (var member in new[] { "AttributeDataType", "Mutable", "Required", "DeveloperOnlyAttribute", "StringAttributeConstraints", "NumberAttributeConstraints" })
            {
                if (item[member] is { } value)
                {
                    entry[member] = value.DeepClone();
                }
            }

            attributes[key] = entry;
        }
    }

    /// <summary>A catalog exactly as <see cref="ToJson"/> wrote it (a data directory keeps pools this way).</summary>
    public static SchemaCatalog FromJson(JsonArray saved)
    {
        var catalog = new SchemaCatalog([]);
        foreach (var entry in saved.OfType<JsonObject>())
        {
            catalog.attributes[(string)entry["Name"]!] = (JsonObject)entry.DeepClone();
        }

        return catalog;
    }

    public IEnumerable<string> RequiredAttributes =>
        attributes.Values.Where(a => a["Required"]?.GetValue<bool>() == true && (string?)a["Name"] != "sub").Select(a => (string)a["Name"]!);

    public JsonArray ToJson() => new(attributes.Values.Select(a => (JsonNode)a.DeepClone()).ToArray());

    public bool IsMutable(string name) => attributes.TryGetValue(name, out var a) && a["Mutable"]?.GetValue<bool>() != false;

    /// <summary>Refuses attributes the schema does not declare, with Cognito's wording.</summary>
    public void EnsureKnown(IEnumerable<KeyValuePair<string, string>> values)
    {
        foreach (var (name, _) in values)
        {
            if (!attributes.ContainsKey(name))
            {
                throw AwsServiceException.InvalidParameter("Attributes did not conform to the schema: Type for attribute {" + name + "} could not be determined");
            }
        }
    }

    public void EnsureRequiredPresent(IReadOnlyDictionary<string, string> values)
    {
        foreach (var required in RequiredAttributes)
        {
            if (!values.TryGetValue(required, out var value) || value.Length == 0)
            {
                throw AwsServiceException.InvalidParameter("Attributes did not conform to the schema: " + required + ": The attribute is required");
            }
        }
    }
}
