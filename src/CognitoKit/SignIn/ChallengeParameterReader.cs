using System.Text.Json;

namespace CognitoKit.SignIn;

/// <summary>
/// Reads the JSON that Cognito puts inside some challenge parameters (<c>MFAS_CAN_CHOOSE</c>, <c>requiredAttributes</c>,
/// <c>userAttributes</c>), without reflection so the package stays AOT-friendly.
/// </summary>
internal static class ChallengeParameterReader
{
    /// <summary>A JSON array of strings held in a parameter; empty when absent or not an array.</summary>
    public static IReadOnlyList<string> StringArray(IReadOnlyDictionary<string, string> parameters, string key)
    {
        if (!parameters.TryGetValue(key, out string? json) || string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return [.. document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
        }
        catch (JsonException)
        {
            throw new CognitoProtocolException($"Cognito's challenge parameter {key} is not a JSON array.", null, System.Net.HttpStatusCode.OK);
        }
    }

    /// <summary>A JSON object of string values held in a parameter; empty when absent. Non-string values are skipped.</summary>
    public static IReadOnlyDictionary<string, string> StringMap(IReadOnlyDictionary<string, string> parameters, string key)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!parameters.TryGetValue(key, out string? json) || string.IsNullOrWhiteSpace(json))
        {
            return map;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in document.RootElement.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        map[property.Name] = property.Value.GetString()!;
                    }
                }
            }
        }
        catch (JsonException)
        {
            throw new CognitoProtocolException($"Cognito's challenge parameter {key} is not a JSON object.", null, System.Net.HttpStatusCode.OK);
        }

        return map;
    }

    /// <summary>Where Cognito sent a code, from <c>CODE_DELIVERY_DESTINATION</c> and <c>CODE_DELIVERY_DELIVERY_MEDIUM</c>.</summary>
    public static CodeDelivery CodeDeliveryOf(IReadOnlyDictionary<string, string> parameters, string fallbackMedium) =>
        CodeDelivery.From(new Protocol.UserPools.CodeDeliveryDetailsType
        {
            Destination = parameters.GetValueOrDefault("CODE_DELIVERY_DESTINATION"),
            DeliveryMedium = parameters.GetValueOrDefault("CODE_DELIVERY_DELIVERY_MEDIUM") ?? fallbackMedium,
            AttributeName = (parameters.GetValueOrDefault("CODE_DELIVERY_DELIVERY_MEDIUM") ?? fallbackMedium) == "SMS" ? "phone_number" : "email",
        })!;
}
