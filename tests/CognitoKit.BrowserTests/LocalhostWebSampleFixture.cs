namespace CognitoKit.BrowserTests;

/// <summary>
/// The web sample on http://localhost: the emulated pool's passkey relying party is the app's host, and browsers accept
/// <c>localhost</c> (never an IP address) as a relying party id on plain http.
/// </summary>
public sealed class LocalhostWebSampleFixture : WebSampleFixture
{
    protected override string Urls => "http://localhost:0";
}
