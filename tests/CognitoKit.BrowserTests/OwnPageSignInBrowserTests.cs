using System.Globalization;
using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.Playwright;
using static CognitoKit.BrowserTests.SamplePageActions;

namespace CognitoKit.BrowserTests;

/// <summary>
/// The web sample's own sign-in pages (AddCognitoWebSignIn) in headless Chromium against the emulator, on a fake clock:
/// TOTP with a remembered browser, a long session refreshed on the server, a refused refresh, and what is refused.
/// </summary>
public sealed class OwnPageSignInBrowserTests : IClassFixture<FakeClockWebSampleFixture>
{
    private const string Password = "Browser-Passw0rd!";
    private readonly FakeClockWebSampleFixture fixture;

    public OwnPageSignInBrowserTests(FakeClockWebSampleFixture fixture) => this.fixture = fixture;

    private Uri Home => fixture.Sample.Address;

    private CognitoEmulator Emulator => fixture.Sample.Emulator!;

    [Fact]
    public async Task SignIn_WithTotpAndRememberThisBrowser_SkipsTheCodeInThatProfileOnly()
    {
        var username = await NewUserAsync("totp");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();

        // Password only: the user has no second factor yet.
        await page.GotoAsync(new Uri(Home, "sign-in").AbsoluteUri);
        await SaveScreenshotAsync(page, "sign-in");
        await SubmitSignInAsync(page, username, Password);
        await ExpectSignedInAsync(page);
        await SaveScreenshotAsync(page, "signed-in");

        // Enrol an authenticator app on the account page: a QR code image and the key.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Your account" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Set up an authenticator app" }).ClickAsync();
        var qr = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "QR code for your authenticator app" });
        await Assertions.Expect(qr).ToBeVisibleAsync(Visible);
        Assert.StartsWith("data:image/png;base64,", await qr.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The QR code image did not decode.");
        var secret = (await page.Locator("#totp-secret").InnerTextAsync()).Trim();
        await SaveScreenshotAsync(page, "account-totp-qr");
        await page.GetByLabel("Authenticator code").FillAsync(Emulator.TotpCode(secret));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Turn on" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mfa-status")).ToContainTextAsync("Authenticator app: on", new() { Timeout = Patience });
        await SaveScreenshotAsync(page, "account");
        await SignOutAsync(page);
        await SaveScreenshotAsync(page, "signed-out");

        // Next sign-in asks for the code; the user ticks "remember this browser".
        NextTotpStep();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign in again" }).ClickAsync();
        await SubmitSignInAsync(page, username, Password);
        await Assertions.Expect(page.GetByLabel("Authenticator code")).ToBeVisibleAsync(Visible);
        await SaveScreenshotAsync(page, "sign-in-totp");
        await page.GetByLabel("Authenticator code").FillAsync(Emulator.TotpCode(secret));
        await page.GetByLabel("Remember this browser").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify" }).ClickAsync();
        await ExpectSignedInAsync(page);

        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);
        var thisBrowser = page.Locator("#devices li", new PageLocatorOptions { HasText = "(this browser)" });
        await Assertions.Expect(thisBrowser).ToContainTextAsync("Remembered", new() { Timeout = Patience });
        await SaveScreenshotAsync(page, "account-devices");
        await SignOutAsync(page);

        // Same browser profile: the remembered device stands in for the code.
        NextTotpStep();
        await SignInWithPasswordAsync(page, Home, username, Password);
        Assert.Equal(Home.AbsoluteUri, page.Url);

        // A fresh profile (new context: no device cookie) is asked for the code again.
        await using var fresh = await NewPhoneContextAsync(fixture.Browser);
        var other = await fresh.NewPageAsync();
        await other.GotoAsync(new Uri(Home, "sign-in").AbsoluteUri);
        await SubmitSignInAsync(other, username, Password);
        await Assertions.Expect(other.GetByLabel("Authenticator code")).ToBeVisibleAsync(Visible);
        Assert.Contains("/sign-in/challenge", other.Url, StringComparison.Ordinal);
        await other.GetByLabel("Authenticator code").FillAsync(Emulator.TotpCode(secret));
        await other.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify" }).ClickAsync();
        await ExpectSignedInAsync(other);
    }

    [Fact]
    public async Task Session_KeptForThreeHoursOfEmulatorTime_RefreshesOnTheServerAndThePageKeepsWorking()
    {
        var username = await NewUserAsync("long");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await SignInWithPasswordAsync(page, Home, username, Password);
        var before = Refreshes();

        for (var hour = 1; hour <= 3; hour++)
        {
            // The emulator's tokens live one hour: each hour the next page load needs a refresh.
            fixture.Clock.Advance(TimeSpan.FromHours(1));
            var response = await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);
            Assert.Equal(200, response!.Status);
            Assert.EndsWith("/Account", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync(username, new() { Timeout = Patience });
            await Assertions.Expect(page.Locator("#mfa-status")).ToBeVisibleAsync(Visible);
        }

        Assert.Equal(3, Refreshes() - before);
    }

    [Fact]
    public async Task RefusedRefresh_AfterTheUserWasSignedOutEverywhereElsewhere_SendsTheBrowserToTheSignInPage()
    {
        var username = await NewUserAsync("global");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await SignInWithPasswordAsync(page, Home, username, Password);

        // Signed out everywhere by someone else (an admin, another app): this app learns it when it refreshes.
        // Until then the ID token still validates, and a page that does not call Cognito still shows the user.
        await Emulator.InvokeAsync("AdminUserGlobalSignOut", new JsonObject { ["UserPoolId"] = fixture.Sample.Pool!.Id, ["Username"] = username });
        await page.GotoAsync(Home.AbsoluteUri);
        await ExpectSignedInAsync(page);
        var before = Refreshes();

        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);

        await Assertions.Expect(page.GetByLabel("Username")).ToBeVisibleAsync(Visible);
        Assert.StartsWith(new Uri(Home, "sign-in").AbsoluteUri, page.Url, StringComparison.Ordinal);
        Assert.True(Refreshes() > before, "The app should have tried to refresh, and been refused.");
        Assert.DoesNotContain(await browser.CookiesAsync(), c => c.Name == ".CognitoKit.Session");
    }

    [Fact]
    public async Task AccountPage_AfterTheTokensWereRevokedElsewhere_SignsTheBrowserOutToTheSignInPage()
    {
        var username = await NewUserAsync("revoked");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await SignInWithPasswordAsync(page, Home, username, Password);

        // The account page calls Cognito with the access token, which global sign-out revoked at once.
        await Emulator.InvokeAsync("AdminUserGlobalSignOut", new JsonObject { ["UserPoolId"] = fixture.Sample.Pool!.Id, ["Username"] = username });
        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);

        await Assertions.Expect(page.GetByLabel("Username")).ToBeVisibleAsync(Visible);
        Assert.StartsWith(new Uri(Home, "sign-in").AbsoluteUri, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(await browser.CookiesAsync(), c => c.Name == ".CognitoKit.Session");
    }

    [Fact]
    public async Task TamperedSessionCookie_IsRefused_AndTheBrowserIsSentToSignIn()
    {
        var username = await NewUserAsync("tamper");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await SignInWithPasswordAsync(page, Home, username, Password);

        var cookie = Assert.Single(await browser.CookiesAsync(), c => c.Name == ".CognitoKit.Session");
        var middle = cookie.Value.Length / 2;
        var flipped = cookie.Value[..middle] + (cookie.Value[middle] == 'A' ? 'B' : 'A') + cookie.Value[(middle + 1)..];
        await browser.AddCookiesAsync([new Cookie { Name = cookie.Name, Value = flipped, Domain = cookie.Domain, Path = cookie.Path, Secure = cookie.Secure, HttpOnly = cookie.HttpOnly, SameSite = cookie.SameSite }]);

        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);

        await Assertions.Expect(page.GetByLabel("Username")).ToBeVisibleAsync(Visible);
        Assert.StartsWith(new Uri(Home, "sign-in").AbsoluteUri, page.Url, StringComparison.Ordinal);
        await page.GotoAsync(Home.AbsoluteUri);
        await Assertions.Expect(page.Locator("#signed-out")).ToBeVisibleAsync(Visible);
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    public async Task SignIn_WithAnOpenRedirectReturnUrl_LandsOnTheAppsHomePage(string returnUrl)
    {
        var username = await NewUserAsync("redirect");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Home, "sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl)).AbsoluteUri);

        await SubmitSignInAsync(page, username, Password);

        await ExpectSignedInAsync(page);
        Assert.Equal(Home.AbsoluteUri, page.Url);
    }

    [Fact]
    public async Task SignIn_WithALocalReturnUrl_LandsThere()
    {
        var username = await NewUserAsync("local");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);
        Assert.Contains("ReturnUrl=%2FAccount", page.Url, StringComparison.OrdinalIgnoreCase);

        await SubmitSignInAsync(page, username, Password);

        await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync(username, new() { Timeout = Patience });
        Assert.Equal(new Uri(Home, "Account").AbsoluteUri, page.Url);
    }

    [Fact]
    public async Task SignIn_WithoutTheAntiforgeryToken_IsRefused()
    {
        var username = await NewUserAsync("csrf");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Home, "sign-in").AbsoluteUri);
        Assert.Equal(1, await page.Locator("input[name=__RequestVerificationToken]").CountAsync());
        await page.EvalOnSelectorAllAsync("input[name=__RequestVerificationToken]", "inputs => inputs.forEach(i => i.remove())");

        var response = await page.RunAndWaitForResponseAsync(
            () => SubmitSignInAsync(page, username, Password),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/sign-in", StringComparison.Ordinal),
            new PageRunAndWaitForResponseOptions { Timeout = Patience });

        Assert.Equal(400, response.Status);
        Assert.DoesNotContain(await browser.CookiesAsync(), c => c.Name == ".CognitoKit.Session");
    }

    [Fact]
    public async Task SignOutEverywhere_WithoutTheAntiforgeryToken_IsRefused_AndTheUserStaysSignedIn()
    {
        var username = await NewUserAsync("csrfout");
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        await SignInWithPasswordAsync(page, Home, username, Password);

        // What a cross-site form would send: the session cookie, no token.
        var response = await browser.APIRequest.PostAsync(new Uri(Home, "sign-out").AbsoluteUri, new APIRequestContextOptions
        {
            Form = browser.APIRequest.CreateFormData().Set("everywhere", "true"),
            MaxRedirects = 0,
        });

        Assert.Equal(400, response.Status);
        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);
        await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync(username, new() { Timeout = Patience });
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.Locator("#signout").First.ClickAsync();
        await Assertions.Expect(page.Locator("#signed-out")).ToBeVisibleAsync(Visible);
    }

    private async Task<string> NewUserAsync(string prefix)
    {
        var username = prefix + "-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Sample.Pool!.AddUserAsync(
            username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com", ["name"] = "Tester " + prefix });
        return username;
    }

    /// <summary>A TOTP code is accepted once: the next one needs the next 30-second step.</summary>
    private void NextTotpStep() => fixture.Clock.Advance(TimeSpan.FromSeconds(30));

    private int Refreshes() =>
        Emulator.Requests.All.Count(r => r.Operation == "GetTokensFromRefreshToken"
            || (r.Operation == "InitiateAuth" && r.Body.Contains("REFRESH_TOKEN_AUTH", StringComparison.Ordinal)));
}
