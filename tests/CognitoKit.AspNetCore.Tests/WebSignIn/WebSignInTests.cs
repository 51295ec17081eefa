using System.Net;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.WebSignIn;

/// <summary>
/// A server-rendered app with <c>AddCognitoWebSignIn</c>: its own pages sign users in (SRP, TOTP), the cookie carries a
/// session id only, sessions refresh on the server, and a refused refresh signs the user out.
/// </summary>
public sealed class WebSignInTests(WebSignInSite site) : IClassFixture<WebSignInSite>
{
    private const string SessionCookie = ".CognitoKit.Session";

    [Fact]
    public async Task OwnPageSignInWithTotp_IssuesASmallCookieHoldingNoToken()
    {
        string secret = await site.CreateTotpUserAsync("ann");
        using Browser browser = await site.OpenBrowserAsync();

        await site.SignInWithTotpAsync(browser, "ann", secret);

        string cookie = browser.Cookies[SessionCookie];
        Microsoft.Net.Http.Headers.SetCookieHeaderValue issued = browser.LastSetCookies.Single(c => c.Name == SessionCookie);
        Assert.True(issued.HttpOnly);
        Assert.True(issued.Secure);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, issued.SameSite);
        Assert.True(cookie.Length < 600, $"cookie is {cookie.Length} characters");
        CognitoSession session = await SessionOfAsync(browser);
        Assert.DoesNotContain(session.Tokens.IdToken, cookie, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Tokens.AccessToken, cookie, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Tokens.RefreshToken!, cookie, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Tokens.IdToken.Split('.')[1][..20], cookie, StringComparison.Ordinal);
        HttpResponseMessage page = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("user=ann sub=", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_AndUnknownUser_GetTheSameMessage()
    {
        await site.CreateTotpUserAsync("bea");
        using Browser browser = await site.OpenBrowserAsync();
        await using (ServiceProvider other = site.CreateOtherDevice())
        {
            // Cognito itself tells them apart here (legacy mode): the web sign-in must not.
            ICognitoKit kit = other.GetRequiredService<ICognitoKit>();
            await Assert.ThrowsAsync<CognitoKit.Errors.UserNotFoundException>(() => kit.SignIn("nobody-here", "Wr0ng-Password!").SendAsync());
            await Assert.ThrowsAsync<CognitoKit.Errors.NotAuthorizedException>(() => kit.SignIn("bea", "Wr0ng-Password!").SendAsync());
        }

        HttpResponseMessage wrong = await browser.PostAsync("/sign-in", new() { ["username"] = "bea", ["password"] = "Wr0ng-Password!" });
        HttpResponseMessage unknown = await browser.PostAsync("/sign-in", new() { ["username"] = "nobody-here", ["password"] = "Wr0ng-Password!" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(await wrong.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));
    }

    [Fact]
    public async Task SignInPost_WithoutTheAntiforgeryToken_IsRefused_BeforeCognitoIsAsked()
    {
        await site.CreateTotpUserAsync("abe");
        using var crossSite = new Browser(site.Address); // a form on another site, posting to this one
        using Browser withWrongToken = await site.OpenBrowserAsync();
        using Browser donor = await site.OpenBrowserAsync();
        withWrongToken.Headers["RequestVerificationToken"] = donor.Headers["RequestVerificationToken"];
        int calls = site.Emulator.Requests.Total;

        HttpResponseMessage forged = await crossSite.PostAsync("/sign-in", new() { ["username"] = "abe", ["password"] = WebSignInSite.Password });
        HttpResponseMessage mismatched = await withWrongToken.PostAsync("/sign-in", new() { ["username"] = "abe", ["password"] = WebSignInSite.Password });
        HttpResponseMessage totp = await crossSite.PostAsync("/sign-in/totp", new() { ["code"] = "123456" });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("failed=This form has expired. Reload the page and try again.", await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, mismatched.StatusCode);
        Assert.Equal("failed=This form has expired. Reload the page and try again.", await totp.Content.ReadAsStringAsync());
        Assert.Equal(calls, site.Emulator.Requests.Total);
        Assert.False(crossSite.Cookies.ContainsKey(SessionCookie));
        Assert.False(crossSite.Cookies.ContainsKey(".CognitoKit.SignIn"));
    }

    [Fact]
    public async Task WithoutTheHostedUI_ItsPathsAreLeftToTheApp_AndAskingForItSaysWhatToConfigure()
    {
        using Browser browser = await site.OpenBrowserAsync();
        ICognitoWebSignIn web = site.App.Services.GetRequiredService<ICognitoWebSignIn>();
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = site.App.Services };

        HttpResponseMessage callback = await browser.GetAsync("/signin-cognito?code=abc&state=def");
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => web.ChallengeHostedUIAsync(http, "/account"));

        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
        Assert.Contains("AddHostedUI", error.Message, StringComparison.Ordinal);
        Assert.Contains("CognitoKit:HostedUI:Domain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChallengeStep_FromABrowserWithoutTheChallengeCookie_OrWithATamperedOne_IsRefused()
    {
        string secret = await site.CreateTotpUserAsync("bob");
        using Browser browser = await site.OpenBrowserAsync();
        await browser.PostAsync("/sign-in", new() { ["username"] = "bob", ["password"] = WebSignInSite.Password });
        string challengeCookie = browser.Cookies[".CognitoKit.SignIn"];
        using Browser other = await site.OpenBrowserAsync();
        other.Cookies[".CognitoKit.SignIn"] = challengeCookie[..^4] + (challengeCookie.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using Browser stranger = await site.OpenBrowserAsync();
        HttpResponseMessage withoutCookie = await stranger.PostAsync("/sign-in/totp", new() { ["code"] = site.Emulator.TotpCode(secret) });
        HttpResponseMessage tampered = await other.PostAsync("/sign-in/totp", new() { ["code"] = site.Emulator.TotpCode(secret) });

        Assert.Equal(HttpStatusCode.BadRequest, withoutCookie.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.False(other.Cookies.ContainsKey(SessionCookie));
        HttpResponseMessage owner = await browser.PostAsync("/sign-in/totp", new() { ["code"] = site.Emulator.TotpCode(secret) });
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task RequestAfterTheAccessTokenIsDue_RefreshesOnceAndThePageStillWorks()
    {
        string secret = await site.CreateTotpUserAsync("cal");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "cal", secret);
        string before = (await SessionOfAsync(browser)).Tokens.AccessToken;
        int refreshes = site.Refreshes;

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        HttpResponseMessage[] pages = await Task.WhenAll(browser.GetAsync("/account"), browser.GetAsync("/api/me"), browser.GetAsync("/account"));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        Assert.StartsWith("user=cal", await pages[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(refreshes + 1, site.Refreshes);
        Assert.NotEqual(before, (await SessionOfAsync(browser)).Tokens.AccessToken);
    }

    [Fact]
    public async Task TransientRefreshFailure_WhileTheTokensStillWork_KeepsTheUserSignedIn()
    {
        string secret = await site.CreateTotpUserAsync("cid");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "cid", secret);

        site.Clock.Advance(TimeSpan.FromMinutes(56)); // due (5-minute margin), not yet expired
        site.Emulator.Faults.FailNext("InitiateAuth", count: 1, errorCode: "InternalErrorException", statusCode: 500);
        site.Emulator.Faults.FailNext("GetTokensFromRefreshToken", count: 1, errorCode: "InternalErrorException", statusCode: 500);
        HttpResponseMessage page = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("user=cid", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(browser.Cookies.ContainsKey(SessionCookie));
    }

    [Fact]
    public async Task RefusedRefresh_SignsTheUserOut_PagesRedirect_ApiAnswers401_CookieDeleted()
    {
        string secret = await site.CreateTotpUserAsync("dan");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "dan", secret);
        string cookie = browser.Cookies[SessionCookie];
        await using (ServiceProvider other = site.CreateOtherDevice())
        {
            site.Clock.Advance(TimeSpan.FromSeconds(31));
            ICognitoKit kit = other.GetRequiredService<ICognitoKit>();
            var totp = Assert.IsType<TotpCodeRequired>(await kit.SignIn("dan", WebSignInSite.Password).SendAsync());
            var signedIn = Assert.IsType<SignedIn>(await totp.AnswerAsync(site.Emulator.TotpCode(secret)));
            await kit.Account(signedIn.Session).SignOutEverywhereAsync();
        }

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        HttpResponseMessage page = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(browser.LastSetCookies, c => c.Name == SessionCookie && c.Expires < DateTimeOffset.UtcNow);
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));

        browser.Cookies[SessionCookie] = cookie; // a copy of the old cookie gets nothing either
        HttpResponseMessage api = await browser.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task TamperedCookie_IsNotSignedIn()
    {
        string secret = await site.CreateTotpUserAsync("eve");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "eve", secret);
        string cookie = browser.Cookies[SessionCookie];
        char[] chars = cookie.ToCharArray();
        chars[chars.Length / 2] = chars[chars.Length / 2] == 'A' ? 'B' : 'A';
        browser.Cookies[SessionCookie] = new string(chars);

        HttpResponseMessage page = await browser.GetAsync("/account");
        HttpResponseMessage api = await browser.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/path")]
    [InlineData("/\\evil.example")]
    public async Task ForeignReturnUrl_IsRefused_TheUserLandsOnTheHomePage(string returnUrl)
    {
        string secret = await site.CreateTotpUserAsync("fay" + Math.Abs(returnUrl.GetHashCode(StringComparison.Ordinal)));
        using Browser browser = await site.OpenBrowserAsync();
        string username = "fay" + Math.Abs(returnUrl.GetHashCode(StringComparison.Ordinal));
        await browser.PostAsync("/sign-in", new() { ["username"] = username, ["password"] = WebSignInSite.Password });

        HttpResponseMessage signedIn = await browser.PostAsync("/sign-in/totp", new() { ["code"] = site.Emulator.TotpCode(secret), ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_RemovesTheStoreEntry_AndTheCookie()
    {
        string secret = await site.CreateTotpUserAsync("gil");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "gil", secret);
        string sessionId = WebSessionCookie.SessionId(site.App, browser);
        ICognitoSessions sessions = site.App.Services.GetRequiredService<ICognitoKit>().Sessions;
        Assert.NotNull(await sessions.GetAsync(WebSessionTicketStore.StoreKey(sessionId)));

        HttpResponseMessage signedOut = await browser.PostAsync("/sign-out", []);

        Assert.Equal("signed-out", await signedOut.Content.ReadAsStringAsync());
        Assert.Null(await sessions.GetAsync(WebSessionTicketStore.StoreKey(sessionId)));
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task SignOut_RevokesTheRefreshToken()
    {
        string secret = await site.CreateTotpUserAsync("ivy");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "ivy", secret);
        CognitoSessionSnapshot snapshot = (await SessionOfAsync(browser)).ToSnapshot();

        await browser.PostAsync("/sign-out", []);

        await using ServiceProvider other = site.CreateOtherDevice();
        CognitoSession copy = other.GetRequiredService<ICognitoKit>().Sessions.Restore(snapshot);
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => copy.RefreshAsync());
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheUsersOtherSessions()
    {
        string secret = await site.CreateTotpUserAsync("jon");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "jon", secret);
        await using ServiceProvider other = site.CreateOtherDevice();
        site.Clock.Advance(TimeSpan.FromSeconds(31));
        ICognitoKit kit = other.GetRequiredService<ICognitoKit>();
        var totp = Assert.IsType<TotpCodeRequired>(await kit.SignIn("jon", WebSignInSite.Password).SendAsync());
        CognitoSession elsewhere = Assert.IsType<SignedIn>(await totp.AnswerAsync(site.Emulator.TotpCode(secret))).Session;

        HttpResponseMessage signedOut = await browser.PostAsync("/sign-out", new() { ["everywhere"] = "true" });

        Assert.Equal("signed-out", await signedOut.Content.ReadAsStringAsync());
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => elsewhere.RefreshAsync());
    }

    [Fact]
    public async Task RememberedDevice_SkipsTotpOnTheNextSignInInTheSameBrowserOnly()
    {
        string secret = await site.CreateTotpUserAsync("kim");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "kim", secret);
        await browser.PostAsync("/sign-out", []);

        HttpResponseMessage again = await browser.PostAsync("/sign-in", new() { ["username"] = "kim", ["password"] = WebSignInSite.Password, ["returnUrl"] = "/account" });
        using Browser fresh = await site.OpenBrowserAsync();
        HttpResponseMessage elsewhere = await fresh.PostAsync("/sign-in", new() { ["username"] = "kim", ["password"] = WebSignInSite.Password });

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);
        Assert.Equal("challenge=SOFTWARE_TOKEN_MFA error=", await elsewhere.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AccessTokenClient_CarriesTheSignedInUsersAccessToken()
    {
        string secret = await site.CreateTotpUserAsync("hal");
        using Browser browser = await site.OpenBrowserAsync();
        await site.SignInWithTotpAsync(browser, "hal", secret);

        HttpResponseMessage response = await browser.GetAsync("/api/downstream");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        CognitoSession session = await SessionOfAsync(browser);
        Assert.Equal("Bearer " + session.Tokens.AccessToken, await response.Content.ReadAsStringAsync());
    }

    private Task<CognitoSession> SessionOfAsync(Browser browser) => WebSessionCookie.SessionAsync(site.App, browser);

    [Fact]
    public async Task PasskeySignIn_ThroughTheAppsOwnPages_IssuesTheCookie()
    {
        await site.Pool.SetWebAuthnConfigAsync("localhost");
        await site.Pool.AddUserAsync("pia", WebSignInSite.Password);
        ICognitoKit cognito = site.App.Services.GetRequiredService<ICognitoKit>();
        CognitoAccount account = cognito.Account(Assert.IsType<SignedIn>(await cognito.SignIn("pia", WebSignInSite.Password).SendAsync(default)).Session);
        using var authenticator = new CognitoKit.IntegrationTests.Passkeys.SoftwareAuthenticator("http://localhost:5000");
        await account.Passkeys.CompleteRegistrationAsync(authenticator.Create(await account.Passkeys.StartRegistrationAsync(default)), default);
        using Browser browser = await site.OpenBrowserAsync();

        HttpResponseMessage options = await browser.PostAsync("/sign-in/passkey", new() { ["username"] = "pia" });
        string requestOptions = await options.Content.ReadAsStringAsync();
        HttpResponseMessage answered = await browser.PostAsync("/sign-in/passkey/answer", new() { ["credential"] = authenticator.Get(requestOptions), ["returnUrl"] = "/account" });
        HttpResponseMessage page = await browser.GetAsync("/account");

        Assert.Equal("localhost", (string?)System.Text.Json.Nodes.JsonNode.Parse(requestOptions)!["rpId"]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("/account", answered.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("user=pia sub=", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
