using Microsoft.Playwright;

namespace CognitoKit.BrowserTests;

/// <summary>What a user does on the web sample's pages, found by their labels; screenshots of each page.</summary>
internal static class SamplePageActions
{
    /// <summary>Expectations wait this long: the browser, the app and the emulator share two busy cores.</summary>
    public static readonly float Patience = 30_000;

    /// <summary>A phone-sized window: every page must read without sideways scrolling.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static LocatorAssertionsToBeVisibleOptions Visible { get; } = new() { Timeout = Patience };

    public static async Task<IBrowserContext> NewPhoneContextAsync(IBrowser browser) =>
        await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Phone });

    /// <summary>Fills the own sign-in page and submits it.</summary>
    public static async Task SubmitSignInAsync(IPage page, string username, string password)
    {
        await Assertions.Expect(page.GetByLabel("Username")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>Waits for the signed-in home page.</summary>
    public static async Task ExpectSignedInAsync(IPage page) =>
        await Assertions.Expect(page.Locator("#signed-in")).ToBeVisibleAsync(Visible);

    /// <summary>Opens the own sign-in page of the sample at <paramref name="home"/>, signs in with a password, and waits for the signed-in page.</summary>
    public static async Task SignInWithPasswordAsync(IPage page, Uri home, string username, string password)
    {
        await page.GotoAsync(new Uri(home, "sign-in").AbsoluteUri);
        await SubmitSignInAsync(page, username, password);
        await ExpectSignedInAsync(page);
    }

    /// <summary>Saves a full-page screenshot to the test output folder, after checking the page fits a phone's width.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page '{name}' ({page.Url}) is {overflow}px wider than the window: it does not fit a phone.");
        var path = Path.Combine(WebSampleFixture.ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 0);
        return path;
    }
}
