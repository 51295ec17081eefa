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
    public async Task SignInCallback_WithATamperedSignInCookie_Answers400AndAsksToStartAgain(string tampering)
    {
        using var http = NewClient(out CookieContainer cookies);
        using (var started = await http.GetAsync(new Uri(fixture.Sample.Address, "hosted-sign-in")))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        Cookie pending = Assert.Single(cookies.GetCookies(fixture.Sample.Address), c => c.Name == "websample.signin");
        pending.Value = tampering switch
        {
            "flip" => pending.Value[..^2] + (pending.Value[^2] == 'A' ? 'B' : 'A') + pending.Value[^1],
            "" => "x",
            _ => tampering,
        };

        using var response = await http.GetAsync(new Uri(fixture.Sample.Address, "signin-callback?code=abc&state=def"));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Start the sign-in again", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_WithATamperedAuthenticationCookie_ShowsTheSignedOutPage()
    {
        using var http = NewClient(out CookieContainer cookies);
        cookies.Add(fixture.Sample.Address, new Cookie("websample.auth", "CfDJ8tampered"));

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
