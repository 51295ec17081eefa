using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace CognitoKit.AotSample;

/// <summary>Creates a pool, an app client and a confirmed user through the emulator's Cognito wire API (JSON 1.1), with
/// <see cref="Utf8JsonWriter"/> and <see cref="JsonDocument"/> only, so the sample stays free of reflection. The calls are
/// signed with SigV4 as on AWS (the emulator refuses unsigned admin calls; it accepts any key pair).</summary>
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

        var bytes = buffer.ToArray();
        var target = "AWSCognitoIdentityProviderService." + operation;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.Add("X-Amz-Target", target);
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = new Uri(http.BaseAddress!, "/"), Content = bytes };
        signing.Headers["Content-Type"] = "application/x-amz-json-1.1";
        signing.Headers["X-Amz-Target"] = target;
        var signed = await AWSSigV4Signer.SignAsync(
            signing,
            new AWSSigV4Parameters { Credentials = new BasicAWSCredentials("local", "local"), Region = RegionEndpoint.USEast1, Service = "cognito-idp" },
            cancellationToken);
        foreach (var header in signed.Headers)
        {
            if (!new[] { "Content-Type", "X-Amz-Target", "Host" }.Contains(header.Key, StringComparer.OrdinalIgnoreCase))
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The emulator refused {operation}: HTTP {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(Encoding.UTF8.GetBytes(text));
    }
}
