using System.Net;
using System.Text;

namespace CognitoKit.Tests.Tokens;

/// <summary>Serves a JWKS and counts how often it is fetched; can hold requests at a gate or fail them.</summary>
internal sealed class JwksTestHandler : HttpMessageHandler
{
    private int _fetches;

    public JwksTestHandler(string jwksJson)
    {
        JwksJson = jwksJson;
    }

    public string JwksJson { get; set; }

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public bool Offline { get; set; }

    public TaskCompletionSource? Gate { get; set; }

    public int Fetches => Volatile.Read(ref _fetches);

    public List<Uri> Requested { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetches);
        lock (Requested)
        {
            Requested.Add(request.RequestUri!);
        }

        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Offline)
        {
            throw new HttpRequestException("network is off in this test");
        }

        return new HttpResponseMessage(Status) { Content = new StringContent(JwksJson, Encoding.UTF8, "application/json") };
    }
}
