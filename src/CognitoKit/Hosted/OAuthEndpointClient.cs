using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CognitoKit.Hosted;

/// <summary>
/// The domain's OAuth endpoints over HTTP: form posts to <c>/oauth2/token</c> and <c>/oauth2/revoke</c>, a bearer GET
/// to <c>/oauth2/userInfo</c>; turns every OAuth error answer into <see cref="OAuthErrorException"/>.
/// </summary>
internal sealed class OAuthEndpointClient
{
    /// <summary>The name of the <see cref="HttpClient"/> asked of <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "CognitoKit.HostedUI";

    private readonly IHttpClientFactory _httpClients;

    public OAuthEndpointClient(IHttpClientFactory httpClients) => _httpClients = httpClients;

    public Task<OAuthTokenResponse> PostTokenAsync(HostedSettings settings, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken) =>
        WithClientSecretAsync(settings, secret => PostTokenAsync(settings, secret, form, cancellationToken));

    public Task RevokeAsync(HostedSettings settings, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken) =>
        WithClientSecretAsync(settings, async secret =>
        {
            await RevokeAsync(settings, secret, form, cancellationToken).ConfigureAwait(false);
            return true;
        });

    /// <summary>
    /// Sends a request authenticated with the current client secret; when the domain answers <c>invalid_client</c> and a
    /// previous secret is configured (a rotation window), sends it once more with that one.
    /// </summary>
    private static async Task<T> WithClientSecretAsync<T>(HostedSettings settings, Func<string?, Task<T>> send)
    {
        try
        {
            return await send(settings.ClientSecret).ConfigureAwait(false);
        }
        catch (OAuthErrorException ex) when (ex.Error == "invalid_client" && settings.ClientSecret is { } current
            && settings.PreviousClientSecret is { } previous && !string.Equals(current, previous, StringComparison.Ordinal))
        {
            return await send(previous).ConfigureAwait(false);
        }
    }

    private async Task<OAuthTokenResponse> PostTokenAsync(HostedSettings settings, string? secret, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = FormRequest(settings, secret, "oauth2/token", form);
        using HttpResponseMessage response = await Send(request, cancellationToken).ConfigureAwait(false);
        using JsonDocument body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        ThrowIfError(response, body);
        JsonElement root = body.RootElement;
        string accessToken = StringMember(root, "access_token")
            ?? throw new OAuthErrorException("invalid_response", "The token endpoint's answer has no access_token.", OAuthErrorSource.Endpoint, (int)response.StatusCode);
        int expiresIn = root.TryGetProperty("expires_in", out JsonElement e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int seconds) ? seconds : 3600;
        return new OAuthTokenResponse(accessToken, StringMember(root, "id_token"), StringMember(root, "refresh_token"), expiresIn, StringMember(root, "token_type") ?? "Bearer");
    }

    private async Task RevokeAsync(HostedSettings settings, string? secret, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = FormRequest(settings, secret, "oauth2/revoke", form);
        using HttpResponseMessage response = await Send(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            using JsonDocument body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            ThrowIfError(response, body);
        }
    }

    public async Task<HostedUserInfo> GetUserInfoAsync(HostedSettings settings, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, settings.Endpoint("oauth2/userInfo"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using HttpResponseMessage response = await Send(request, cancellationToken).ConfigureAwait(false);
        using JsonDocument body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && !HasError(body))
        {
            throw new OAuthErrorException("invalid_token", "The access token was refused.", OAuthErrorSource.Endpoint, 401);
        }

        ThrowIfError(response, body);
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty member in body.RootElement.EnumerateObject())
        {
            claims[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
        }

        string subject = claims.GetValueOrDefault("sub")
            ?? throw new OAuthErrorException("invalid_response", "The userInfo answer has no sub.", OAuthErrorSource.Endpoint, (int)response.StatusCode);
        return new HostedUserInfo(subject, claims);
    }

    private Task<HttpResponseMessage> Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);

    private static HttpRequestMessage FormRequest(HostedSettings settings, string? secret, string path, List<KeyValuePair<string, string>> form)
    {
        string clientId = settings.RequireClientId();
        var request = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint(path));
        if (secret is not null)
        {
            // client_secret_basic: RFC 6749 2.3.1 form-encodes both parts before joining them.
            string pair = Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        // A copy: the same form is sent again when a rotated secret is retried.
        List<KeyValuePair<string, string>> fields = [.. form, new("client_id", clientId)];
        request.Content = new StringContent(FormText.Encode(fields), Encoding.UTF8, "application/x-www-form-urlencoded");
        request.Content.Headers.ContentType!.CharSet = null;
        return request;
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return bytes.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            throw new OAuthErrorException(
                response.IsSuccessStatusCode ? "invalid_response" : "server_error",
                "The domain answered HTTP " + (int)response.StatusCode + " with a body that is not JSON.",
                OAuthErrorSource.Endpoint,
                (int)response.StatusCode);
        }
    }

    private static bool HasError(JsonDocument body) =>
        body.RootElement.ValueKind == JsonValueKind.Object && StringMember(body.RootElement, "error") is not null;

    private static void ThrowIfError(HttpResponseMessage response, JsonDocument body)
    {
        JsonElement root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new OAuthErrorException("invalid_response", "The domain's answer is not a JSON object.", OAuthErrorSource.Endpoint, (int)response.StatusCode);
        }

        if (StringMember(root, "error") is { } error)
        {
            throw new OAuthErrorException(error, StringMember(root, "error_description"), OAuthErrorSource.Endpoint, (int)response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new OAuthErrorException("server_error", "The domain answered HTTP " + (int)response.StatusCode + ".", OAuthErrorSource.Endpoint, (int)response.StatusCode);
        }
    }

    private static string? StringMember(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
