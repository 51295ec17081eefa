using System.Net.Http.Headers;
using System.Text;

namespace CognitoKit.Testing.Tests;

/// <summary>A raw AWS JSON 1.1 caller: what any SDK sends, with nothing of CognitoKit in between.</summary>
internal sealed class Wire : IDisposable
{
    private readonly HttpClient http;

    public Wire(Uri endpoint) => http = new HttpClient { BaseAddress = endpoint };

    public HttpClient Http => http;

    public const string UserPoolsPrefix = "AWSCognitoIdentityProviderService.";

    /// <summary>
    /// The form of an AWS SDK's SigV4 header for cognito-idp: the emulator checks that back-office calls carry one (it
    /// knows no IAM users, so it cannot check the signature itself).
    /// </summary>
    public const string SigV4Authorization =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261206/us-east-1/cognito-idp/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public async Task<WireResponse> SendAsync(string operation, JsonObject body, string contentType = "application/x-amz-json-1.1", string prefix = UserPoolsPrefix, string? authorization = SigV4Authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", prefix + operation);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await http.SendAsync(request);
        return await WireResponse.ReadAsync(response);
    }

    /// <summary>Calls and expects success.</summary>
    public async Task<JsonObject> CallAsync(string operation, JsonObject body, string prefix = UserPoolsPrefix)
    {
        var response = await SendAsync(operation, body, prefix: prefix);
        Assert.True(response.Status == 200, $"{operation} failed: {response.ErrorType} {response.Body.ToJsonString()}");
        return response.Body;
    }

    /// <summary>Calls and expects the given error code (in both the header and <c>__type</c>); returns the message.</summary>
    public async Task<string> FailAsync(string operation, JsonObject body, string errorCode, string prefix = UserPoolsPrefix)
    {
        var response = await SendAsync(operation, body, prefix: prefix);
        Assert.Equal(errorCode, response.ErrorType);
        Assert.Equal(errorCode, (string?)response.Body["__type"]);
        return (string)response.Body["message"]!;
    }

    public void Dispose() => http.Dispose();
}

internal sealed record WireResponse(int Status, JsonObject Body, string? ErrorType, string? RequestId, string? ContentType)
{
    public static async Task<WireResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) as JsonObject ?? new JsonObject();
        string? Header(string name) => response.Headers.TryGetValues(name, out var v) ? v.First() : null;
        return new WireResponse((int)response.StatusCode, body, Header("x-amzn-ErrorType"), Header("x-amzn-RequestId"), response.Content.Headers.ContentType?.MediaType);
    }
}
