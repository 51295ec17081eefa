using System.Net;
using System.Security.Claims;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.AspNetCore.Tests.WebSignIn;

/// <summary>
/// A server-rendered app on Kestrel signing users in with <c>AddCognitoWebSignIn</c> and its own sign-in endpoints,
/// over an emulator whose pool has optional TOTP; the app and the emulator share one fake clock. Each test makes its own
/// user with <see cref="CreateTotpUserAsync"/>.
/// </summary>
public sealed class WebSignInSite : EmulatorSite
{
    public WebSignInSite()
        : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private WebSignInSite(FakeTimeProvider clock)
        : base(clock) => Clock = clock;

    public FakeTimeProvider Clock { get; }

    protected override string PoolName => "web-sign-in-pool";

    /// <summary>
    /// The app client answers an unknown user with <c>UserNotFoundException</c> (Cognito's legacy mode), so the tests see
    /// that the web sign-in's messages still do not tell users apart.
    /// </summary>
    protected override Task<EmulatedUserPoolClient> CreateClientAsync(Uri? address) =>
        Pool.CreateClientAsync("web-client", configure: request => request["PreventUserExistenceErrors"] = "LEGACY");

    protected override void ConfigurePool(System.Text.Json.Nodes.JsonObject request) =>
        request["Policies"] = new System.Text.Json.Nodes.JsonObject
        {
            ["SignInPolicy"] = new System.Text.Json.Nodes.JsonObject { ["AllowedFirstAuthFactors"] = new System.Text.Json.Nodes.JsonArray("PASSWORD", "WEB_AUTHN") },
        };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication(CognitoWebSignInDefaults.AuthenticationScheme).AddCognitoWebSignIn();
        services.AddAuthorization();
        services.AddHttpClient("downstream", c => c.BaseAddress = Address).AddCognitoAccessToken();
    }

    protected override void MapEndpoints(WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/sign-in", (HttpContext http, IAntiforgery antiforgery) => Results.Text(antiforgery.GetAndStoreTokens(http).RequestToken));
        app.MapPost("/sign-in", SignInAsync);
        app.MapPost("/sign-in/totp", AnswerTotpAsync);
        app.MapPost("/sign-in/passkey", StartPasskeyAsync);
        app.MapPost("/sign-in/passkey/answer", AnswerPasskeyAsync);
        app.MapPost("/sign-out", SignOutAsync);
        app.MapGet("/account", Describe).RequireAuthorization();
        app.MapGet("/api/me", Describe).RequireAuthorization();
        app.MapGet("/api/downstream", CallDownstreamAsync).RequireAuthorization();
        app.MapGet("/echo-authorization", (HttpContext http) => Results.Text(http.Request.Headers.Authorization.ToString()));
    }

    /// <summary>How many refreshes the emulator has received so far.</summary>
    public int Refreshes => Emulator.Requests.All.Count(r =>
        r.Operation is "GetTokensFromRefreshToken" || (r.Operation == "InitiateAuth" && r.Body.Contains("REFRESH_TOKEN", StringComparison.Ordinal)));

    private static IResult Describe(ClaimsPrincipal user) =>
        Results.Text($"user={user.Identity?.Name} sub={user.FindFirst(ClaimTypes.NameIdentifier)?.Value}");

    private static IResult Outcome(CognitoWebSignInResult result, ICognitoWebSignIn web, string? returnUrl) => result.Status switch
    {
        CognitoWebSignInStatus.SignedIn => Results.Redirect(web.GetSafeReturnUrl(returnUrl)),
        CognitoWebSignInStatus.ChallengeRequired => Results.Text($"challenge={result.Challenge!.Name} error={result.Error}"),
        _ => Results.Text($"failed={result.Error}", statusCode: (int)HttpStatusCode.BadRequest),
    };

    private static async Task<IResult> SignInAsync(HttpContext http, ICognitoWebSignIn web)
    {
        IFormCollection form = await http.Request.ReadFormAsync();
        CognitoWebSignInResult result = await web.SignInAsync(http, form["username"].ToString(), form["password"].ToString(), http.RequestAborted);
        return Outcome(result, web, form["returnUrl"]);
    }

    private static async Task<IResult> AnswerTotpAsync(HttpContext http, ICognitoWebSignIn web)
    {
        IFormCollection form = await http.Request.ReadFormAsync();
        string code = form["code"].ToString();
        CognitoWebSignInResult result = await web.AnswerAsync(
            http, (challenge, ct) => ((TotpCodeRequired)challenge).AnswerAsync(code, ct), http.RequestAborted);
        return Outcome(result, web, form["returnUrl"]);
    }

    private static async Task<IResult> StartPasskeyAsync(HttpContext http, ICognitoWebSignIn web)
    {
        IFormCollection form = await http.Request.ReadFormAsync();
        CognitoWebSignInResult result = await web.SignInWithPasskeyAsync(http, form["username"].ToString(), http.RequestAborted);
        return result.Challenge is PasskeyRequired passkey ? Results.Text(passkey.RequestOptionsJson, "application/json") : Outcome(result, web, null);
    }

    private static async Task<IResult> AnswerPasskeyAsync(HttpContext http, ICognitoWebSignIn web)
    {
        IFormCollection form = await http.Request.ReadFormAsync();
        string credential = form["credential"].ToString();
        CognitoWebSignInResult result = await web.AnswerAsync(
            http, (challenge, ct) => ((PasskeyRequired)challenge).AnswerAsync(credential, ct), http.RequestAborted);
        return Outcome(result, web, form["returnUrl"]);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, ICognitoWebSignIn web)
    {
        IFormCollection form = await http.Request.ReadFormAsync();
        await web.SignOutAsync(http, everywhere: form["everywhere"] == "true", http.RequestAborted);
        return Results.Text("signed-out");
    }

    private static async Task<IResult> CallDownstreamAsync(IHttpClientFactory factory, HttpContext http)
    {
        using HttpClient client = factory.CreateClient("downstream");
        return Results.Text(await client.GetStringAsync(new Uri("/echo-authorization", UriKind.Relative), http.RequestAborted));
    }

    /// <summary>A browser that has opened the sign-in page: it holds the antiforgery cookie and sends the page's token in a header.</summary>
    public async Task<Browser> OpenBrowserAsync()
    {
        var browser = new Browser(Address);
        HttpResponseMessage page = await browser.GetAsync("/sign-in");
        browser.Headers["RequestVerificationToken"] = await page.Content.ReadAsStringAsync();
        return browser;
    }

    /// <summary>Creates a user with TOTP enrolled and preferred; returns the authenticator's secret.</summary>
    public async Task<string> CreateTotpUserAsync(string username)
    {
        await Pool.AddUserAsync(username, Password);
        string secret = await EnrollTotpAsync(username);
        Clock.Advance(TimeSpan.FromSeconds(31)); // the next sign-in's code is a fresh one
        return secret;
    }

    /// <summary>Signs <paramref name="username"/> in on <paramref name="browser"/> through the app's own pages (password, then TOTP).</summary>
    public async Task SignInWithTotpAsync(Browser browser, string username, string secret)
    {
        HttpResponseMessage first = await browser.PostAsync("/sign-in", new() { ["username"] = username, ["password"] = Password });
        Assert.Equal("challenge=SOFTWARE_TOKEN_MFA error=", await first.Content.ReadAsStringAsync());
        HttpResponseMessage second = await browser.PostAsync("/sign-in/totp", new() { ["code"] = Emulator.TotpCode(secret), ["returnUrl"] = "/account" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/account", second.Headers.Location?.OriginalString);
    }
}
