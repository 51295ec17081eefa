using CognitoKit.WebSample;
using Microsoft.Playwright;

namespace CognitoKit.BrowserTests;

/// <summary>
/// The web sample's hosted UI and stand-in social buttons in a real headless browser: both end in the web sign-in's own
/// cookie session (the same one the own pages give), with the whole account page; wrong password; hosted sign-out.
/// </summary>
public sealed class HostedSignInBrowserTests : IClassFixture<WebSampleFixture>, IAsyncLifetime
{
    /// <summary>The web sign-in's session cookie (the default of <c>AddCognitoWebSignIn</c>).</summary>
    private const string SessionCookie = ".CognitoKit.Session";

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
        await SignInOnTheHostedFormAsync();

        Assert.StartsWith(Home, page.Url, StringComparison.Ordinal);
        Assert.Equal("Signed in as " + WebSampleHost.DemoDisplayName, await page.InnerTextAsync("#signed-in"));
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-signed-in");
    }

    [Fact]
    public async Task SignIn_ThroughHostedForm_EndsInTheWebSignInSession_WithTheWholeAccountPage()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await SignInOnTheHostedFormAsync();

        await ExpectWebSignInSessionAsync();
        await ExpectTheWholeAccountPageAsync(WebSampleHost.DemoUsername);
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-account");
    }

    [Fact]
    public async Task SignIn_WithStandInGoogle_EndsInTheWebSignInSession_WithTheWholeAccountPage()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-google");
        await page.WaitForSelectorAsync("#continue");
        Assert.Contains("/social/Google/authorize", page.Url, StringComparison.Ordinal);
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-social-stand-in");
        await page.GetByLabel("Email").FillAsync("grace.google@example.com");
        await page.GetByLabel("Name").FillAsync("Grace Google");
        await page.ClickAsync("#continue");

        await SamplePageActions.ExpectSignedInAsync(page);
        Assert.StartsWith(Home, page.Url, StringComparison.Ordinal);
        Assert.Equal("Signed in as Grace Google", await page.InnerTextAsync("#signed-in"));
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-signed-in-google");
        await ExpectWebSignInSessionAsync();
        await ExpectTheWholeAccountPageAsync("grace.google@example.com");
    }

    [Fact]
    public async Task SignIn_FromTheSignInPage_WithStandInGoogle_ReturnsToThePageAskedFor()
    {
        await page.GotoAsync(new Uri(fixture.Sample.Address, "Account").AbsoluteUri);
        Assert.Contains("ReturnUrl=%2FAccount", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.ClickAsync("#signin-google");
        await page.FillAsync("#email", "return.google@example.com");
        await page.FillAsync("#name", "Return User");
        await page.ClickAsync("#continue");

        await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync("return.google@example.com", new() { Timeout = SamplePageActions.Patience });
        Assert.Equal(new Uri(fixture.Sample.Address, "Account").AbsoluteUri, page.Url);
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

        await SamplePageActions.ExpectSignedInAsync(page);
        Assert.Equal("Signed in as Button User", await page.InnerTextAsync("#signed-in"));
        await ExpectWebSignInSessionAsync();
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
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == SessionCookie);
    }

    [Fact]
    public async Task SignOutOfTheHostedUI_GoesThroughTheDomainsLogout_AndTheNextHostedSignInAsksForThePasswordAgain()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await SignInOnTheHostedFormAsync();
        var visited = new List<string>();
        page.Request += (_, request) => visited.Add(request.Url);

        await page.GotoAsync(new Uri(fixture.Sample.Address, "Account").AbsoluteUri);
        await page.ClickAsync("#signout-hosted");

        await Assertions.Expect(page.Locator("#signed-out")).ToBeVisibleAsync(SamplePageActions.Visible);
        Assert.Equal(new Uri(fixture.Sample.Address, "signed-out").AbsoluteUri, page.Url);
        Assert.Contains(visited, url => url.StartsWith(DomainOrigin + "/logout?", StringComparison.Ordinal));
        Assert.Contains(visited, url => url.StartsWith(new Uri(fixture.Sample.Address, "signout-cognito").AbsoluteUri, StringComparison.Ordinal));
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == SessionCookie);
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.WaitForSelectorAsync("#password");
        Assert.StartsWith(DomainOrigin, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_HereOnly_LeavesTheDomainSession_SoTheNextHostedSignInSkipsTheForm()
    {
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await SignInOnTheHostedFormAsync();

        await page.ClickAsync("#signout");
        await Assertions.Expect(page.Locator("#signed-out")).ToBeVisibleAsync(SamplePageActions.Visible);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == SessionCookie);

        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");

        await SamplePageActions.ExpectSignedInAsync(page);
        Assert.Equal("Signed in as " + WebSampleHost.DemoDisplayName, await page.InnerTextAsync("#signed-in"));
        await ExpectWebSignInSessionAsync();
    }

    [Fact]
    public async Task SignUp_OnTheHostedPage_ConfirmsWithTheEmailedCode_AndLandsSignedInWithTheAccountPage()
    {
        var username = "hosted-" + Guid.NewGuid().ToString("N")[..8];
        await page.GotoAsync(Home);
        await page.ClickAsync("#signin-hosted");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign up" }).ClickAsync();
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Email").FillAsync(username + "@example.com");
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync("Hosted-Passw0rd!");
        await page.GetByLabel("Confirm password").FillAsync("Hosted-Passw0rd!");
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-sign-up");
        await page.ClickAsync("#signup");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Confirm your account", new() { Timeout = SamplePageActions.Patience });
        Assert.StartsWith(DomainOrigin, page.Url, StringComparison.Ordinal);
        await SamplePageActions.SaveScreenshotAsync(page, "hosted-confirm-sign-up");
        await page.GetByLabel("Confirmation code").FillAsync(fixture.Sample.Emulator!.Inbox.LatestCode(username));
        await page.ClickAsync("#confirm");

        await SamplePageActions.ExpectSignedInAsync(page);
        Assert.StartsWith(Home, page.Url, StringComparison.Ordinal);
        await ExpectWebSignInSessionAsync();
        await page.GotoAsync(new Uri(fixture.Sample.Address, "Account").AbsoluteUri);
        await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync(username + "@example.com", new() { Timeout = SamplePageActions.Patience });
    }

    private async Task SignInOnTheHostedFormAsync()
    {
        await page.GetByLabel("Username").FillAsync(WebSampleHost.DemoUsername);
        await page.GetByLabel("Password").FillAsync(WebSampleHost.DemoPassword);
        await page.ClickAsync("#signin");
        await SamplePageActions.ExpectSignedInAsync(page);
    }

    /// <summary>The browser holds the web sign-in's session cookie and no cookie of the sample's former hosted sign-in.</summary>
    private async Task ExpectWebSignInSessionAsync()
    {
        var cookies = await context.CookiesAsync([Home]);
        Assert.Contains(cookies, c => c.Name == SessionCookie && c.HttpOnly);
        Assert.DoesNotContain(cookies, c => c.Name.StartsWith("websample.", StringComparison.Ordinal));
    }

    /// <summary>The account page offers the hosted user what it offers an own-page user: password, TOTP, devices, sign-out everywhere.</summary>
    private async Task ExpectTheWholeAccountPageAsync(string shownInProfile)
    {
        await page.GotoAsync(new Uri(fixture.Sample.Address, "Account").AbsoluteUri);
        Assert.Equal(new Uri(fixture.Sample.Address, "Account").AbsoluteUri, page.Url);
        await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync(shownInProfile, new() { Timeout = SamplePageActions.Patience });
        await Assertions.Expect(page.GetByLabel("Current password")).ToBeVisibleAsync(SamplePageActions.Visible);
        await Assertions.Expect(page.GetByLabel("New password")).ToBeVisibleAsync(SamplePageActions.Visible);
        await Assertions.Expect(page.Locator("#mfa-status")).ToHaveTextAsync("Authenticator app: off.", new() { Timeout = SamplePageActions.Patience });
        await Assertions.Expect(page.Locator("#begin-totp")).ToBeVisibleAsync(SamplePageActions.Visible);
        await Assertions.Expect(page.Locator("#devices-heading")).ToBeVisibleAsync(SamplePageActions.Visible);
        await Assertions.Expect(page.Locator("#signout-everywhere")).ToBeVisibleAsync(SamplePageActions.Visible);
        await Assertions.Expect(page.Locator("#signout-hosted")).ToBeVisibleAsync(SamplePageActions.Visible);

        // The TOTP set-up really runs with the hosted session's tokens: the QR code and its key come back.
        await page.ClickAsync("#begin-totp");
        await Assertions.Expect(page.Locator("#totp-qr")).ToBeVisibleAsync(SamplePageActions.Visible);
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#totp-secret")));
    }
}
