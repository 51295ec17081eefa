namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>Counts the requests that pass through it (the API's key set fetches).</summary>
public sealed class CountingHandler(Action onRequest) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        onRequest();
        return base.SendAsync(request, cancellationToken);
    }
}
