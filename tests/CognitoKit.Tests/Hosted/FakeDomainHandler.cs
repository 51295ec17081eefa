using System.Net;
using System.Text;

namespace CognitoKit.Tests.Hosted;

/// <summary>Stands in for the user pool domain: records requests and answers with what the test gives.</summary>
internal sealed class FakeDomainHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, string, Task<HttpResponseMessage>> answer;
    private int count;

    public FakeDomainHandler(Func<HttpRequestMessage, string, Task<HttpResponseMessage>> answer) => this.answer = answer;

    public int Count => Volatile.Read(ref count);

    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request, body));
        }

        return await answer(request, body);
    }
}
