using System.Net;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using CognitoKit.Hosted;
using CognitoKit.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.WebSignIn;

/// <summary>
/// The hosted UI way into <c>AddCognitoWebSignIn</c>: authorize with PKCE, state and nonce, the login form or a social
/// provider, the <c>/signin-cognito</c> callback ending in the same cookie session as the app's own pages, refused
/// callbacks, and sign-out through the domain's <c>/logout</c> and back through <c>/signout-cognito</c>.
/// </summary>
public sealed class HostedWebSignInTests(HostedWebSignInSite site) : IClassFixture<HostedWebSignInSite>
{
    private const string SessionCookie = ".CognitoKit.Session";

    [Fact]
    public async Task HostedLoginForm_EndsInTheCookieSession_WithTheUsersClaims()
    {
        string username = await site.CreateUserAsync("hana");
        using var browser = new Browser(site.Address);

        HttpResponseMessage start = await browser.GetAsync("/sign-in/hosted?returnUrl=/account");
        Uri authorize = start.Headers.Location!;
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query = QueryHelpers.ParseQuery(authorize.Query);
        using HttpResponseMessage atDomain = await site.SignInAtTheDomainAsync(authorize, username);
        Uri callback = atDomain.Headers.Location!;
        HttpResponseMessage back = await browser.GetAsync(callback.PathAndQuery);

        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        Assert.EndsWith("/oauth2/authorize", authorize.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.Equal(new Uri(site.Address, "signin-cognito").AbsoluteUri, query["redirect_uri"]);
        Assert.False(query.ContainsKey("identity_provider"));
        Assert.Equal(new Uri(site.Address, "signin-cognito").AbsolutePath, callback.AbsolutePath);
        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.Equal("/account", back.Headers.Location!.OriginalString);
        Assert.DoesNotContain(browser.Cookies.Keys, k => k.StartsWith(".CognitoKit.Hosted.", StringComparison.Ordinal));
        HttpResponseMessage page = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("user=hana email=hana@example.com", await page.Content.ReadAsStringAsync());

        // The same session as the app's own pages: the cookie holds an id, the tokens are in the store.
        CognitoSession session = await SessionOfAsync(browser);
        Assert.Equal("hana", session.Username);
        Assert.DoesNotContain(session.Tokens.RefreshToken!, browser.Cookies[SessionCookie], StringComparison.Ordinal);
        Assert.True(browser.Cookies[SessionCookie].Length < 600);
    }

    [Fact]
    public async Task ProtectedPage_WithUseHostedUI_GoesToTheHostedUI_AndComesBackToThePage_ApiGets401()
    {
        string username = await site.CreateUserAsync("ines");
        using var browser = new Browser(site.Address);

        HttpResponseMessage api = await browser.GetAsync("/api/me");
        HttpResponseMessage page = await browser.GetAsync("/account?tab=2");
        using HttpResponseMessage atDomain = await site.SignInAtTheDomainAsync(page.Headers.Location!, username);
        HttpResponseMessage back = await browser.GetAsync(atDomain.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        Assert.EndsWith("/oauth2/authorize", page.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("/account?tab=2", back.Headers.Location!.OriginalString);
        Assert.Equal("user=ines email=ines@example.com", await (await browser.GetAsync("/account")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SocialSignIn_WithIdentityProvider_EndsInTheSameKindOfSession()
    {
        using var browser = new Browser(site.Address);

        HttpResponseMessage start = await browser.GetAsync("/sign-in/hosted?returnUrl=/account&provider=Google");
        Uri authorize = start.Headers.Location!;
        Uri callback = await site.SignInWithGoogleAsync(authorize, "sam.social@example.com");
        HttpResponseMessage back = await browser.GetAsync(callback.PathAndQuery);
        HttpResponseMessage page = await browser.GetAsync("/account");

        Assert.Equal("Google", QueryHelpers.ParseQuery(authorize.Query)["identity_provider"]);
        Assert.Equal("/account", back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("user=Google_", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.EndsWith("email=sam.social@example.com", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Google_", (await SessionOfAsync(browser)).Username, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_WithAChangedState_OrInAnotherBrowser_IsRefusedBeforeTheCodeIsSpent()
    {
        string username = await site.CreateUserAsync("jack");
        using var browser = new Browser(site.Address);
        HttpResponseMessage start = await browser.GetAsync("/sign-in/hosted?returnUrl=/account");
        using HttpResponseMessage atDomain = await site.SignInAtTheDomainAsync(start.Headers.Location!, username);
        Uri callback = atDomain.Headers.Location!;
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query = QueryHelpers.ParseQuery(callback.Query);
        string changedState = QueryHelpers.AddQueryString(callback.AbsolutePath, new Dictionary<string, string?> { ["code"] = query["code"], ["state"] = query["state"] + "x" });
        int exchanges = site.Emulator.Requests.Count(CognitoEmulatorOAuthExtensions.TokenEndpointOperation);

        HttpResponseMessage changed = await browser.GetAsync(changedState);
        using var victim = new Browser(site.Address); // login CSRF: the attacker's callback opened in someone else's browser
        HttpResponseMessage elsewhere = await victim.GetAsync(callback.PathAndQuery);

        AssertFailure(changed, CognitoHostedSignInFailure.InvalidState, returnUrl: null);
        AssertFailure(elsewhere, CognitoHostedSignInFailure.InvalidState, returnUrl: null);
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));
        Assert.False(victim.Cookies.ContainsKey(SessionCookie));
        Assert.Equal(exchanges, site.Emulator.Requests.Count(CognitoEmulatorOAuthExtensions.TokenEndpointOperation));
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync(callback.PathAndQuery)).StatusCode);
        Assert.True(browser.Cookies.ContainsKey(SessionCookie), "the right state still signs the browser in");
    }

    [Fact]
    public async Task TamperedCorrelationCookie_IsRefused()
    {
        string username = await site.CreateUserAsync("kai");
        using var browser = new Browser(site.Address);
        HttpResponseMessage start = await browser.GetAsync("/sign-in/hosted");
        string name = browser.Cookies.Keys.Single(k => k.StartsWith(".CognitoKit.Hosted.", StringComparison.Ordinal));
        string value = browser.Cookies[name];
        browser.Cookies[name] = value[..^4] + (value.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using HttpResponseMessage atDomain = await site.SignInAtTheDomainAsync(start.Headers.Location!, username);

        HttpResponseMessage back = await browser.GetAsync(atDomain.Headers.Location!.PathAndQuery);

        AssertFailure(back, CognitoHostedSignInFailure.InvalidState, returnUrl: null);
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));
    }

    [Fact]
    public async Task ReplayedCallback_IsRefused_EvenWithACopyOfTheCorrelationCookie()
    {
        string username = await site.CreateUserAsync("lea");
        using var browser = new Browser(site.Address);
        HttpResponseMessage start = await browser.GetAsync("/sign-in/hosted?returnUrl=/account");
        KeyValuePair<string, string> correlation = browser.Cookies.Single(c => c.Key.StartsWith(".CognitoKit.Hosted.", StringComparison.Ordinal));
        using HttpResponseMessage atDomain = await site.SignInAtTheDomainAsync(start.Headers.Location!, username);
        string callback = atDomain.Headers.Location!.PathAndQuery;
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync(callback)).StatusCode);
        Assert.True(browser.Cookies.ContainsKey(SessionCookie));

        HttpResponseMessage again = await browser.GetAsync(callback);
        using var thief = new Browser(site.Address);
        thief.Cookies[correlation.Key] = correlation.Value;
        HttpResponseMessage withCopy = await thief.GetAsync(callback);

        AssertFailure(again, CognitoHostedSignInFailure.InvalidState, returnUrl: null);
        AssertFailure(withCopy, CognitoHostedSignInFailure.TokenRejected, returnUrl: "/account");
        Assert.False(thief.Cookies.ContainsKey(SessionCookie));
    }

    [Fact]
    public async Task AccessDenied_AtTheDomain_LandsOnTheErrorPathWithATypedFailure_NeverA500()
    {
        using var browser = new Browser(site.Address);
        HttpResponseMessage start = await browser.GetAsync("/sign-in/hosted?returnUrl=/account");
        string state = QueryHelpers.ParseQuery(start.Headers.Location!.Query)["state"].ToString();

        HttpResponseMessage denied = await browser.GetAsync(
            QueryHelpers.AddQueryString("/signin-cognito", new Dictionary<string, string?> { ["error"] = "access_denied", ["error_description"] = "<script>user cancelled</script>", ["state"] = state }));
        HttpResponseMessage page = await browser.GetAsync(denied.Headers.Location!.OriginalString);

        AssertFailure(denied, CognitoHostedSignInFailure.AccessDenied);
        Assert.Equal("sign-in page error=AccessDenied returnUrl=/account", await page.Content.ReadAsStringAsync());
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/path")]
    [InlineData("/\\evil.example")]
    public async Task ForeignReturnUrl_IsNotFollowed_TheUserLandsOnTheHomePage(string returnUrl)
    {
        string username = await site.CreateUserAsync("max" + Math.Abs(returnUrl.GetHashCode(StringComparison.Ordinal)));
        using var browser = new Browser(site.Address);
        HttpResponseMessage start = await browser.GetAsync(QueryHelpers.AddQueryString("/sign-in/hosted", "returnUrl", returnUrl));
        using HttpResponseMessage atDomain = await site.SignInAtTheDomainAsync(start.Headers.Location!, username);

        HttpResponseMessage back = await browser.GetAsync(atDomain.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.Equal("/", back.Headers.Location!.OriginalString);
        Assert.True(browser.Cookies.ContainsKey(SessionCookie));
    }

    [Fact]
    public async Task HostedSession_RefreshesOnTheServer_LikeAnOwnPageSession()
    {
        string username = await site.CreateUserAsync("ned");
        using var browser = new Browser(site.Address);
        await SignInAsync(browser, username);
        string before = (await SessionOfAsync(browser)).Tokens.AccessToken;

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        HttpResponseMessage page = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(before, (await SessionOfAsync(browser)).Tokens.AccessToken);
    }

    [Fact]
    public async Task HostedSignOut_RevokesAndDeletesTheCookie_ThenGoesThroughTheDomainLogoutAndBackToTheSignedOutPage()
    {
        string username = await site.CreateUserAsync("ola");
        using var browser = new Browser(site.Address);
        await SignInAsync(browser, username);
        CognitoSessionSnapshot snapshot = (await SessionOfAsync(browser)).ToSnapshot();
        string sessionId = WebSessionCookie.SessionId(site.App, browser);

        HttpResponseMessage signedOut = await browser.PostAsync("/sign-out", []);
        Uri logout = signedOut.Headers.Location!;
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query = QueryHelpers.ParseQuery(logout.Query);
        using HttpResponseMessage atDomain = await site.Domain.GetAsync(logout);
        HttpResponseMessage back = await browser.GetAsync(atDomain.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Found, signedOut.StatusCode);
        Assert.EndsWith("/logout", logout.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(site.Client.ClientId, query["client_id"]);
        Assert.Equal(new Uri(site.Address, "signout-cognito").AbsoluteUri, query["logout_uri"]);
        Assert.False(browser.Cookies.ContainsKey(SessionCookie));
        Assert.Null(await site.App.Services.GetRequiredService<ICognitoKit>().Sessions.GetAsync(WebSessionTicketStore.StoreKey(sessionId)));
        await using (ServiceProvider other = site.CreateOtherDevice())
        {
            CognitoSession copy = other.GetRequiredService<ICognitoKit>().Sessions.Restore(snapshot);
            await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => copy.RefreshAsync());
        }

        Assert.Equal(HttpStatusCode.Found, atDomain.StatusCode);
        Assert.Equal("/signout-cognito", atDomain.Headers.Location!.AbsolutePath);
        Assert.Equal("/signed-out", back.Headers.Location!.OriginalString);
        Assert.False(browser.Cookies.ContainsKey(".CognitoKit.SignedOut"));
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task HostedUIOfAnotherAppClient_IsRefusedWithAClearError_BeforeAnyRedirect()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = site.Pool.Id;
            o.ClientId = site.Client.ClientId;
            o.UserPoolEndpoint = site.Emulator.Endpoint;
        }).AddHostedUI(o =>
        {
            o.Domain = site.Emulator.DomainEndpoint();
            o.ClientId = "another-app-client";
        });
        services.AddAuthentication().AddCognitoWebSignIn();
        await using ServiceProvider provider = services.BuildServiceProvider();
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = provider };

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => provider.GetRequiredService<ICognitoWebSignIn>().ChallengeHostedUIAsync(http, "/account"));

        Assert.Contains("CognitoKit:HostedUI:ClientId differs from CognitoKit:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Empty(http.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task SignedOutCallback_WithoutASignOutOfThisBrowser_GoesHome()
    {
        using var browser = new Browser(site.Address);

        HttpResponseMessage back = await browser.GetAsync("/signout-cognito");

        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.Equal("/", back.Headers.Location!.OriginalString);
    }

    private async Task SignInAsync(Browser browser, string username)
    {
        HttpResponseMessage start = await browser.GetAsync("/sign-in/hosted?returnUrl=/account");
        using HttpResponseMessage atDomain = await site.SignInAtTheDomainAsync(start.Headers.Location!, username);
        HttpResponseMessage back = await browser.GetAsync(atDomain.Headers.Location!.PathAndQuery);
        Assert.Equal("/account", back.Headers.Location!.OriginalString);
    }

    private static void AssertFailure(HttpResponseMessage response, CognitoHostedSignInFailure failure, string? returnUrl = "/account")
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        string expected = "/sign-in?error=" + failure + (returnUrl is null ? string.Empty : "&ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    private Task<CognitoSession> SessionOfAsync(Browser browser) => WebSessionCookie.SessionAsync(site.App, browser);
}
