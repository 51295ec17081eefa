using System.Net;
using CognitoKit.WebSample;

namespace CognitoKit.BrowserTests;

/// <summary>The web sample with a plain HttpClient (no browser): tampered cookies and how the sample starts.</summary>
public sealed class WebSampleHardeningTests : IClassFixture<WebSampleHardeningTests.EmulatedSample>
{
    private readonly EmulatedSample fixture;

    public WebSampleHardeningTests(EmulatedSample fixture) => this.fixture = fixture;

    [Theory]
    [InlineData("flip")]
    [InlineData("not-base64!")]
    [InlineData("")]
    public async Task SignInCallback_WithATamperedSignInCookie_LandsOnTheSignInPageAskingToStartAgain(string tampering)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var started = await http.GetAsync(new Uri(fixture.Sample.Address, WebSampleHost.HostedSignInPath.TrimStart('/')));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        string state = QueryValue(started.Headers.Location!, "state");
        string pending = Assert.Single(started.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".CognitoKit.Hosted.", StringComparison.Ordinal));
        string name = pending[..pending.IndexOf('=', StringComparison.Ordinal)];
        string value = pending[(name.Length + 1)..pending.IndexOf(';', StringComparison.Ordinal)];
        value = tampering switch
        {
            "flip" => value[..^2] + (value[^2] == 'A' ? 'B' : 'A') + value[^1],
            "" => "x",
            _ => tampering,
        };

        using var callback = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Sample.Address, "signin-cognito?code=abc&state=" + Uri.EscapeDataString(state)));
        callback.Headers.Add("Cookie", name + "=" + value);
        using var response = await http.SendAsync(callback);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Uri landed = new(fixture.Sample.Address, response.Headers.Location!);
        Assert.Equal("/sign-in", landed.AbsolutePath);
        Assert.Equal("InvalidState", QueryValue(landed, "error"));
        string page = await http.GetStringAsync(landed);
        Assert.Contains("Start the sign-in again", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_WithATamperedAuthenticationCookie_ShowsTheSignedOutPage()
    {
        using var http = NewClient(out CookieContainer cookies);
        cookies.Add(fixture.Sample.Address, new Cookie(".CognitoKit.Session", "CfDJ8tampered"));

        using var response = await http.GetAsync(fixture.Sample.Address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"signed-out\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutADomainOrTheEmulatorSwitch_RefusesInsteadOfStartingAnEmulator()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WebSampleHost.StartAsync(["--urls=http://127.0.0.1:0"]));

        Assert.Contains("--emulator", error.Message, StringComparison.Ordinal);
        Assert.Contains("CognitoKit:HostedUI:Domain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheEmulatorSwitchAndADomain_Refuses()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => WebSampleHost.StartAsync(
            ["--urls=http://127.0.0.1:0", "--CognitoKit:HostedUI:Domain=https://example.auth.us-east-1.amazoncognito.com", WebSampleHost.EmulatorSwitch]));
    }

    [Fact]
    public void Start_WithTheEmulatorSwitch_RunsTheEmulatorWithTheDemoUser()
    {
        Assert.NotNull(fixture.Sample.Emulator);
        Assert.NotNull(fixture.Sample.Pool);
    }

    private static string QueryValue(Uri uri, string name) =>
        uri.Query.TrimStart('?').Split('&').Select(pair => pair.Split('=', 2)).Where(pair => pair[0] == name).Select(pair => Uri.UnescapeDataString(pair[1])).Single();

    private static HttpClient NewClient(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
    }

    /// <summary>The sample started with the emulator switch, as the browser tests start it.</summary>
    public sealed class EmulatedSample : IAsyncLifetime
    {
        public RunningWebSample Sample { get; private set; } = null!;

        public async Task InitializeAsync() => Sample = await WebSampleHost.StartAsync(["--urls=http://127.0.0.1:0", WebSampleHost.EmulatorSwitch]);

        public async Task DisposeAsync()
        {
            if (Sample is not null)
            {
                await Sample.DisposeAsync();
            }
        }
    }
}
