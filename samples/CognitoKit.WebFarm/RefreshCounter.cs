namespace CognitoKit.WebFarm;

/// <summary>Counts the refresh calls one instance sends to Cognito, through the handlers it puts in that instance's HttpClients.</summary>
internal sealed class RefreshCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A new handler for one HttpClient pipeline (a handler instance cannot sit in two).</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private sealed class CountingHandler(RefreshCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.TryGetValues("X-Amz-Target", out IEnumerable<string>? targets)
                && targets.Any(t => t.EndsWith("GetTokensFromRefreshToken", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref counter._count);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
