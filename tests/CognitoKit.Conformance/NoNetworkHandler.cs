namespace CognitoKit.Conformance;

/// <summary>Fails every request: the runner's keys come from the vector file, never from the network.</summary>
internal sealed class NoNetworkHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new HttpRequestException("the conformance runner uses no network");
}
