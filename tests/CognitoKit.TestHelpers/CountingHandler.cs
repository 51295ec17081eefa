namespace CognitoKit.TestHelpers;

/// <summary>Calls <c>onRequest</c> for each request that passes through it (to count key set fetches, for example).</summary>
public sealed class CountingHandler(Action onRequest) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        onRequest();
        return base.SendAsync(request, cancellationToken);
    }
}
