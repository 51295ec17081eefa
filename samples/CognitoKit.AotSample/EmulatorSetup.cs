using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CognitoKit.AotSample;

/// <summary>Creates a pool, an app client and a confirmed user through the emulator's Cognito wire API (JSON 1.1), with
/// <see cref="Utf8JsonWriter"/> and <see cref="JsonDocument"/> only, so the sample stays free of reflection.</summary>
internal static class EmulatorSetup
{
    public static async Task<SampleSettings> CreatePoolAsync(SampleSettings settings, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = settings.Endpoint };
        var pool = await CallAsync(http, "CreateUserPool", w => w.WriteString("PoolName", "aot-sample"), cancellationToken);
        var poolId = pool.RootElement.GetProperty("UserPool").GetProperty("Id").GetString()!;
        var client = await CallAsync(
            http,
            "CreateUserPoolClient",
            w =>
            {
                w.WriteString("UserPoolId", poolId);
                w.WriteString("ClientName", "aot-sample-client");
                w.WriteStartArray("ExplicitAuthFlows");
                w.WriteStringValue("ALLOW_USER_SRP_AUTH");
                w.WriteStringValue("ALLOW_REFRESH_TOKEN_AUTH");
                w.WriteEndArray();
            },
            cancellationToken);
        var clientId = client.RootElement.GetProperty("UserPoolClient").GetProperty("ClientId").GetString()!;
        (await CallAsync(
            http,
            "AdminCreateUser",
            w =>
            {
                w.WriteString("UserPoolId", poolId);
                w.WriteString("Username", settings.Username);
                w.WriteString("MessageAction", "SUPPRESS");
            },
            cancellationToken)).Dispose();
        (await CallAsync(
            http,
            "AdminSetUserPassword",
            w =>
            {
                w.WriteString("UserPoolId", poolId);
                w.WriteString("Username", settings.Username);
                w.WriteString("Password", settings.Password);
                w.WriteBoolean("Permanent", true);
            },
            cancellationToken)).Dispose();
        pool.Dispose();
        client.Dispose();
        return settings with { PoolId = poolId, ClientId = clientId };
    }

    private static async Task<JsonDocument> CallAsync(HttpClient http, string operation, Action<Utf8JsonWriter> body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        using var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The emulator refused {operation}: HTTP {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(Encoding.UTF8.GetBytes(text));
    }
}
