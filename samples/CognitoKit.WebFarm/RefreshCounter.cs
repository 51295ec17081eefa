namespace CognitoKit.WebFarm;

/// <summary>Counts the refresh calls one instance sends to Cognito (it sits in that instance's HttpClient).</summary>
internal sealed class RefreshCounter : DelegatingHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.TryGetValues("X-Amz-Target", out IEnumerable<string>? targets)
            && targets.Any(t => t.EndsWith("GetTokensFromRefreshToken", StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _count);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
