namespace CognitoKit.DependencyInjection;

/// <summary>
/// Hands the parts of a named CognitoKit instance its own clients: asked for <c>CognitoKit.Jwks</c>, it creates
/// <c>CognitoKit.Jwks[staff]</c>, so the parts need not know which instance they belong to.
/// </summary>
internal sealed class NamedHttpClientFactory(IHttpClientFactory inner, string instanceName) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => inner.CreateClient(CognitoKitInstance.HttpClientName(name, instanceName));

    /// <summary>The factory for the instance: <paramref name="inner"/> itself for the default instance.</summary>
    public static IHttpClientFactory For(IHttpClientFactory inner, string instanceName) =>
        instanceName.Length == 0 ? inner : new NamedHttpClientFactory(inner, instanceName);
}
