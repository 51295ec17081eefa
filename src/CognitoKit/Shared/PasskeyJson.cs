using System.Text.Json;

namespace CognitoKit.Shared;

/// <summary>
/// The WebAuthn JSON a browser hands over (<c>PublicKeyCredential.toJSON()</c>): checked to be one JSON object that
/// names a credential before it goes to Cognito, so a wrong argument fails here with a message that says so.
/// </summary>
internal static class PasskeyJson
{
    // A credential's JSON is a few kilobytes; Cognito's documents are limited far below this.
    private const int MaxLength = 128 * 1024;

    /// <summary>Parses <paramref name="json"/>; the result does not depend on the string's lifetime.</summary>
    public static JsonElement CredentialObject(string? json, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(json, parameterName);
        if (json.Length is 0 or > MaxLength)
        {
            throw new ArgumentException($"The credential JSON must be between 1 and {MaxLength} characters.", parameterName);
        }

        JsonElement element;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            element = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // The message of a JsonException quotes no input; the position helps find the fault.
            throw new ArgumentException("The credential is not valid JSON (" + ex.Message + "). Pass the browser's credential.toJSON() as a JSON string.", parameterName, ex);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The credential JSON must be an object (PublicKeyCredential.toJSON()), not {element.ValueKind}.", parameterName);
        }

        if (!element.TryGetProperty("id", out JsonElement id) || id.ValueKind != JsonValueKind.String || !element.TryGetProperty("response", out JsonElement response) || response.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The credential JSON lacks \"id\" or \"response\": pass the whole PublicKeyCredential.toJSON(), not a part of it.", parameterName);
        }

        return element;
    }
}
