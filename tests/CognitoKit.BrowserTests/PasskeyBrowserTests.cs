using Microsoft.Playwright;
using static CognitoKit.BrowserTests.SamplePageActions;

namespace CognitoKit.BrowserTests;

/// <summary>
/// Passkeys on the web sample in headless Chromium, with the Chrome DevTools virtual authenticator (a platform
/// authenticator that keeps discoverable credentials and verifies the user): add one on the account page, sign in with it
/// and no password, delete it, and see the passkey sign-in refused.
/// </summary>
public sealed class PasskeyBrowserTests : IClassFixture<LocalhostWebSampleFixture>
{
    private const string Password = "Browser-Passw0rd!";
    private readonly LocalhostWebSampleFixture fixture;

    public PasskeyBrowserTests(LocalhostWebSampleFixture fixture) => this.fixture = fixture;

    private Uri Home => fixture.Sample.Address;

    [Fact]
    public async Task Passkey_AddedOnTheAccountPage_SignsInWithoutAPasswordUntilDeleted()
    {
        Assert.Equal("localhost", Home.Host);
        var username = "passkey-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Sample.Pool!.AddUserAsync(
            username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com", ["name"] = "Tester passkey" });
        await using var browser = await NewPhoneContextAsync(fixture.Browser);
        var page = await browser.NewPageAsync();
        var (cdp, authenticatorId) = await AddVirtualAuthenticatorAsync(page);

        // Signed in with the password, the user adds a passkey on the account page.
        await page.GotoAsync(new Uri(Home, "sign-in").AbsoluteUri);
        await SubmitSignInAsync(page, username, Password);
        await ExpectSignedInAsync(page);
        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);
        await Assertions.Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Your passkey was added", new() { Timeout = Patience });
        var listed = page.Locator("#passkeys li");
        await Assertions.Expect(listed).ToHaveCountAsync(1, new() { Timeout = Patience });
        await Assertions.Expect(listed).ToContainTextAsync("Created ", new() { Timeout = Patience });
        Assert.Single(await CredentialsAsync(cdp, authenticatorId));
        await SaveScreenshotAsync(page, "account-passkeys");
        await page.Locator("#passkeys-section").ScreenshotAsync(new LocatorScreenshotOptions
        {
            Path = Path.Combine(WebSampleFixture.ArtifactsDirectory, "account-passkeys-section.png"),
        });
        await SignOutAsync(page);

        // Sign in with the passkey: the username, no password.
        await page.GotoAsync(new Uri(Home, "sign-in?returnUrl=%2FAccount").AbsoluteUri);
        await page.GetByLabel("Username").FillAsync(username);
        await SaveScreenshotAsync(page, "sign-in-passkey");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in with a passkey" }).ClickAsync();
        await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync(username, new() { Timeout = Patience });
        Assert.EndsWith("/Account", page.Url, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await page.EvaluateAsync<string>("() => document.getElementById('password')?.value ?? ''"));
        await page.GotoAsync(Home.AbsoluteUri);
        await ExpectSignedInAsync(page);

        // The account page lists it; the user deletes it.
        await page.GotoAsync(new Uri(Home, "Account").AbsoluteUri);
        await Assertions.Expect(listed).ToHaveCountAsync(1, new() { Timeout = Patience });
        await listed.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex("^Delete passkey") }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("The passkey was deleted", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync(Visible);
        await SignOutAsync(page);

        // The browser still holds the key, but the pool no longer accepts it: an error, and no session.
        Assert.Single(await CredentialsAsync(cdp, authenticatorId));
        await page.GotoAsync(new Uri(Home, "sign-in").AbsoluteUri);
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in with a passkey" }).ClickAsync();
        var alert = page.Locator("#passkey-error");
        await Assertions.Expect(alert).ToBeVisibleAsync(Visible);
        Assert.Equal("alert", await alert.GetAttributeAsync("role"));
        await Assertions.Expect(alert).ToContainTextAsync("no passkey", new() { Timeout = Patience });
        await SaveScreenshotAsync(page, "sign-in-passkey-refused");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(Home.AbsoluteUri);
        await Assertions.Expect(page.Locator("#signed-out")).ToBeVisibleAsync(Visible);
    }

    /// <summary>Chrome's virtual authenticator: CTAP2, built in, discoverable credentials, the user verified.</summary>
    private static async Task<(ICDPSession Session, string AuthenticatorId)> AddVirtualAuthenticatorAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        var added = await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
            },
        });
        return (cdp, added!.Value.GetProperty("authenticatorId").GetString()!);
    }

    /// <summary>The credentials the virtual authenticator holds.</summary>
    private static async Task<List<string>> CredentialsAsync(ICDPSession cdp, string authenticatorId)
    {
        var result = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        return result!.Value.GetProperty("credentials").EnumerateArray().Select(c => c.GetProperty("credentialId").GetString()!).ToList();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.Locator("#signout").First.ClickAsync();
        await Assertions.Expect(page.Locator("#signed-out")).ToBeVisibleAsync(Visible);
    }
}
