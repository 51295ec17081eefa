using System.Net;
using System.Text;

namespace CognitoKit.Tests.Protocol;

/// <summary>
/// A fake Cognito endpoint: records every request (headers and body) and answers each from a script, so protocol
/// behaviour is tested without a network.
/// </summary>
internal sealed class CannedCognitoHandler : HttpMessageHandler
{
    private readonly Func<RecordedCall, CancellationToken, Task<HttpResponseMessage>> _answer;

    public CannedCognitoHandler(Func<RecordedCall, CancellationToken, Task<HttpResponseMessage>> answer) => _answer = answer;

    public CannedCognitoHandler(Func<RecordedCall, HttpResponseMessage> answer)
        : this((call, _) => Task.FromResult(answer(call)))
    {
    }

    public List<RecordedCall> Calls { get; } = [];

    public int Count => Calls.Count;

    /// <summary>An AWS JSON 1.1 success answer.</summary>
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/x-amz-json-1.1") };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-" + Guid.NewGuid().ToString("N")[..8]);
        return response;
    }

    /// <summary>An AWS JSON 1.1 error answer, as Cognito sends it.</summary>
    public static HttpResponseMessage Error(string code, string message = "canned error", HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Json($$"""{"__type":"{{code}}","message":"{{message}}"}""", status);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        if (request.Content is not null)
        {
            foreach (var h in request.Content.Headers) { headers[h.Key] = string.Join(",", h.Value); }
        }

        var call = new RecordedCall(request.RequestUri!, headers, body);
        lock (Calls) { Calls.Add(call); }
        return await _answer(call, cancellationToken);
    }
}

/// <summary>One request the fake endpoint saw.</summary>
internal sealed record RecordedCall(Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The operation, from <c>X-Amz-Target</c>.</summary>
    public string Operation => Headers.TryGetValue("X-Amz-Target", out string? t) ? t[(t.IndexOf('.', StringComparison.Ordinal) + 1)..] : string.Empty;
}
