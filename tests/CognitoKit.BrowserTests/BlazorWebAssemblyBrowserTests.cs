using System.Diagnostics;
using System.Globalization;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CognitoKit.BrowserTests;

/// <summary>
/// CognitoKit inside a Blazor WebAssembly app in headless Chromium, calling the emulator cross-origin with the browser's
/// fetch: SRP and TOTP, refresh, identity-pool credentials, sign-up, and the in-page arithmetic benchmark.
/// </summary>
public sealed class BlazorWebAssemblyBrowserTests : IClassFixture<BlazorSampleFixture>
{
    /// <summary>The WebAssembly interpreter runs the managed backends for seconds each on a busy machine.</summary>
    private const float BenchPatience = 600_000;

    private readonly BlazorSampleFixture fixture;
    private readonly ITestOutputHelper output;

    public BlazorWebAssemblyBrowserTests(BlazorSampleFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    [Fact]
    public async Task SignIn_WithSrpAndTotp_ShowsClaims_RefreshesGetsAwsCredentialsAndSignsOut()
    {
        const string username = "tessa";
        await fixture.Pool.AddUserAsync(username, BlazorSampleFixture.Password, new Dictionary<string, string> { ["email"] = "tessa@example.com" });
        string totpSecret = await EnrolAuthenticatorAsync(username);
        var page = await fixture.NewPageAsync(output);
        await page.GotoAsync(fixture.Home.AbsoluteUri);

        await Assertions.Expect(page.Locator("#username")).ToBeVisibleAsync(SamplePageActions.Visible);
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(BlazorSampleFixture.Password);
        fixture.Cognito.Requests.Clear();
        var srp = Stopwatch.StartNew();
        await page.Locator("#sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("#totp-code")).ToBeVisibleAsync(SamplePageActions.Visible);
        output.WriteLine($"SRP sign-in in the page (A, then the password claim, and two round trips): {srp.ElapsedMilliseconds} ms");

        // SRP really ran in the browser: the password itself never went over the wire.
        Assert.Equal(1, fixture.Cognito.Requests.Count("InitiateAuth"));
        Assert.Contains(fixture.Cognito.Requests.All, r => r.Operation == "RespondToAuthChallenge" && r.Body.Contains("PASSWORD_VERIFIER", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Cognito.Requests.All, r => r.Body.Contains(BlazorSampleFixture.Password, StringComparison.Ordinal));

        await page.Locator("#totp-code").FillAsync(fixture.Cognito.TotpCode(totpSecret, stepOffset: 1));
        await page.Locator("#totp-submit").ClickAsync();

        await Assertions.Expect(page.Locator("#signed-in")).ToBeVisibleAsync(SamplePageActions.Visible);
        await Assertions.Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(username);
        await Assertions.Expect(page.Locator("td[data-claim='cognito:username']")).ToHaveTextAsync(username);
        await Assertions.Expect(page.Locator("td[data-claim='email']")).ToHaveTextAsync("tessa@example.com");

        string firstExpiry = await page.Locator("#expires-at").InnerTextAsync();
        await page.Locator("#refresh").ClickAsync();
        await Assertions.Expect(page.Locator("#refresh-count")).ToHaveTextAsync("1", new() { Timeout = SamplePageActions.Patience });
        Assert.True(fixture.Cognito.Requests.Count("InitiateAuth") >= 2, "The refresh went to Cognito (REFRESH_TOKEN_AUTH).");
        output.WriteLine($"Tokens expired at {firstExpiry} before the refresh, at {await page.Locator("#expires-at").InnerTextAsync()} after.");

        await page.Locator("#aws-credentials").ClickAsync();
        await Assertions.Expect(page.Locator("#access-key-id")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{16,}$"), new() { Timeout = SamplePageActions.Patience });
        Assert.Equal(1, fixture.Cognito.Requests.Count("GetCredentialsForIdentity"));

        await page.Locator("#sign-out").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync(SamplePageActions.Visible);
        Assert.Equal(1, fixture.Cognito.Requests.Count("GlobalSignOut"));
        await Assertions.Expect(page.Locator("#error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignUp_ConfirmWithTheEmailedCode_ThenSignIn()
    {
        const string username = "uma";
        var page = await fixture.NewPageAsync(output);
        await page.GotoAsync(fixture.Home.AbsoluteUri);

        await Assertions.Expect(page.Locator("#signup-username")).ToBeVisibleAsync(SamplePageActions.Visible);
        await page.Locator("#signup-username").FillAsync(username);
        await page.Locator("#signup-email").FillAsync("uma@example.com");
        await page.Locator("#signup-password").FillAsync(BlazorSampleFixture.Password);
        await page.Locator("#signup").ClickAsync();
        await Assertions.Expect(page.Locator("#signup-status")).ToContainTextAsync("a code went to", new() { Timeout = SamplePageActions.Patience });

        await page.Locator("#confirm-code").FillAsync(fixture.Cognito.Inbox.LatestCode(username, MessagePurpose.SignUp));
        await page.Locator("#confirm").ClickAsync();
        await Assertions.Expect(page.Locator("#signup-status")).ToHaveTextAsync("Confirmed: sign in below.", new() { Timeout = SamplePageActions.Patience });

        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(BlazorSampleFixture.Password);
        await page.Locator("#sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("#signed-in")).ToBeVisibleAsync(SamplePageActions.Visible);
        await Assertions.Expect(page.Locator("td[data-claim='email']")).ToHaveTextAsync("uma@example.com");
    }

    [Fact]
    public async Task BenchPage_RunsEveryBackendInThePage_AndTheyAgree()
    {
        var page = await fixture.NewPageAsync(output);
        await page.GotoAsync(new Uri(fixture.Home, "bench").AbsoluteUri);
        await Assertions.Expect(page.Locator("#default-backend")).ToHaveTextAsync("browser-bigint", new() { Timeout = SamplePageActions.Patience });

        await page.Locator("#iterations").FillAsync("5");
        await page.Locator("#run").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Done.", new() { Timeout = BenchPatience });

        var rows = page.Locator("#results tr[data-backend]");
        var fingerprints = new HashSet<string>();
        var backends = new List<string>();
        for (int i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            string backend = (await row.GetAttributeAsync("data-backend"))!;
            double mean = double.Parse(await row.Locator(".mean").InnerTextAsync(), CultureInfo.InvariantCulture);
            double fastest = double.Parse(await row.Locator(".fastest").InnerTextAsync(), CultureInfo.InvariantCulture);
            fingerprints.Add(await row.Locator(".fingerprint").InnerTextAsync());
            backends.Add(backend);
            Assert.True(mean > 0 && fastest > 0, $"{backend} has no timing.");
            output.WriteLine($"SRP client arithmetic in Chromium, {backend}: mean {mean:F1} ms, fastest {fastest:F1} ms");
        }

        // The browser has no AVX2: its managed arithmetic is the portable kernel.
        Assert.Equal(["browser-bigint", "managed-portable", "biginteger"], backends);
        Assert.Single(fingerprints);
    }

    /// <summary>Signs the user in from .NET (outside the browser) and enrols an authenticator app; returns its secret.</summary>
    private async Task<string> EnrolAuthenticatorAsync(string username)
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = fixture.Pool.Id;
            o.ClientId = fixture.App.ClientId;
            o.UserPoolEndpoint = fixture.Cognito.Endpoint;
        });
        await using var provider = services.BuildServiceProvider();
        var cognito = provider.GetRequiredService<ICognitoKit>();
        var session = Assert.IsType<SignedIn>(await cognito.SignIn(username, BlazorSampleFixture.Password).SendAsync()).Session;
        var account = cognito.Account(session);
        var enrolment = await account.Mfa.BeginTotpEnrollmentAsync();
        await account.Mfa.CompleteTotpEnrollmentAsync(fixture.Cognito.TotpCode(enrolment.SecretCode), "test authenticator");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);
        return enrolment.SecretCode;
    }
}
