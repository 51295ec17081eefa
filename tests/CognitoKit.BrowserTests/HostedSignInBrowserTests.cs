using CognitoKit.WebSample;
using Microsoft.Playwright;

namespace CognitoKit.BrowserTests;

/// <summary>The web sample in a real headless browser: hosted sign-in, stand-in Google, wrong password, sign-out.</summary>
public sealed class HostedSignInBrowserTests : IClassFixture<WebSampleFixture>, IAsyncLifetime
{
    private readonly WebSampleFixture fixture;
    private IBrowserContext context = null!;
    private IPage page = null!;

    public HostedSignInBrowserTests(WebSampleFixture fixture) => this.fixture = fixture;

    private string Home => fixture.Sample.Address.AbsoluteUri;

    private string DomainOrigin => fixture.Sample.Emulator!.Endpoint.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        // A fresh context per test: its own cookies for the app and for the domain.
        context = await SamplePageActions.NewPhoneContextAsync(fixture.Browser);
        page = await context.NewPageAsync();
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task SignIn_ThroughHostedForm_LandsBackSignedInWithTheUsersName()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.WaitForURLAsync(url => url.StartsWith(DomainOrigin, StringComparison.Ordinal));
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-sign-in");
        await page.GetByLabel("Username").FillAsync(WebSampleHost.DemoUsername);
        await page.GetByLabel("Password").FillAsync(WebSampleHost.DemoPassword);
        await page.ClickAsync("#signin");

        await page.WaitForSelectorAsync("#signed-in");
        Assert.StartsWith(Home, page.Url, StringComparison.Ordinal);
        Assert.Equal("Signed in as " + WebSampleHost.DemoDisplayName, await page.InnerTextAsync("#signed-in"));
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-signed-in");
    }

    [Fact]
    public async Task SignIn_WithStandInGoogle_LandsBackSignedInAsTheFederatedUser()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-google");
        await page.WaitForSelectorAsync("#continue");
        Assert.Contains("/social/Google/authorize", page.Url, StringComparison.Ordinal);
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-social-stand-in");
        await page.GetByLabel("Email").FillAsync("grace.google@example.com");
        await page.GetByLabel("Name").FillAsync("Grace Google");
        await page.ClickAsync("#continue");

        await page.WaitForSelectorAsync("#signed-in");
        Assert.Equal("Signed in as Grace Google", await page.InnerTextAsync("#signed-in"));
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-signed-in-google");
    }

    [Fact]
    public async Task SignIn_FromHostedPage_ContinueWithGoogle_ReachesTheStandInProvider()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.ClickAsync("#social-google");
        await page.FillAsync("#email", "hosted.button@example.com");
        await page.FillAsync("#name", "Button User");
        await page.ClickAsync("#continue");

        await page.WaitForSelectorAsync("#signed-in");
        Assert.Equal("Signed in as Button User", await page.InnerTextAsync("#signed-in"));
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsTheErrorOnTheHostedPage()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.FillAsync("#username", WebSampleHost.DemoUsername);
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#signin");

        await page.WaitForSelectorAsync("#error");
        Assert.StartsWith(DomainOrigin, page.Url, StringComparison.Ordinal);
        Assert.Equal("Incorrect username or password.", await page.InnerTextAsync("#error"));
        Assert.Equal(WebSampleHost.DemoUsername, await page.InputValueAsync("#username"));
        Assert.Equal(0, await page.Locator("#signed-in").CountAsync());
    }

    [Fact]
    public async Task SignOut_ClearsTheSession_AndTheNextSignInAsksForThePasswordAgain()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.FillAsync("#username", WebSampleHost.DemoUsername);
        await page.FillAsync("#password", WebSampleHost.DemoPassword);
        await page.ClickAsync("#signin");
        await page.WaitForSelectorAsync("#signed-in");

        await page.ClickAsync("#signout");

        await page.WaitForSelectorAsync("#signed-out");
        Assert.StartsWith(Home, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == WebSampleHost.HostedCookieName);
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.WaitForSelectorAsync("#password");
        Assert.StartsWith(DomainOrigin, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Again_WhileTheDomainSessionLives_SkipsTheHostedForm()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.FillAsync("#username", WebSampleHost.DemoUsername);
        await page.FillAsync("#password", WebSampleHost.DemoPassword);
        await page.ClickAsync("#signin");
        await page.WaitForSelectorAsync("#signed-in");
        await context.ClearCookiesAsync(new BrowserContextClearCookiesOptions { Name = "websample.auth" });

        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");

        await page.WaitForSelectorAsync("#signed-in");
        Assert.Equal("Signed in as " + WebSampleHost.DemoDisplayName, await page.InnerTextAsync("#signed-in"));
    }
}
