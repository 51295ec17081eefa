namespace CognitoKit.Testing.Tests.Triggers;

/// <summary>Reads a token's claims (the emulator signed it; these tests look only at what it says).</summary>
internal static class Jwt
{
    public static JsonObject Claims(JsonNode? token)
    {
        var payload = ((string)token!).Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!.AsObject();
    }
}
