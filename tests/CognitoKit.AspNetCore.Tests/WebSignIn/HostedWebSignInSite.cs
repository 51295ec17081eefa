using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using CognitoKit.Hosted;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.AspNetCore.Tests.WebSignIn;

/// <summary>
/// A server-rendered app on Kestrel whose users come in through the emulator's hosted UI (and its stand-in Google) into
/// the <c>AddCognitoWebSignIn</c> cookie session, on a clock the app and the emulator share. The hosted pages are
/// driven over plain HTTP: <see cref="SignInAtTheDomainAsync"/> fills the login form, <see cref="SignInWithGoogleAsync"/>
/// the stand-in provider's.
/// </summary>
public sealed partial class HostedWebSignInSite : EmulatorSite
{
    public HostedWebSignInSite()
        : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private HostedWebSignInSite(FakeTimeProvider clock)
        : base(clock) => Clock = clock;

    public FakeTimeProvider Clock { get; }

    /// <summary>A client of the emulator's domain, as the browser sees it (no cookies kept, no redirects followed).</summary>
    public HttpClient Domain { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    protected override string PoolName => "hosted-web-sign-in-pool";

    protected override bool ListensOnAFixedPort => true;

    protected override Task<EmulatedUserPoolClient> CreateClientAsync(Uri? address) =>
        Pool.CreateOAuthClientAsync(
            callbackUrls: [new Uri(address!, "signin-cognito").AbsoluteUri],
            logoutUrls: [new Uri(address!, "signout-cognito").AbsoluteUri],
            identityProviders: ["COGNITO", HostedIdentityProviders.Google]);

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<CognitoHostedUIOptions>().Configure(o => o.Domain = Emulator.DomainEndpoint());
        services.AddAuthentication(CognitoWebSignInDefaults.AuthenticationScheme).AddCognitoWebSignIn(o => o.UseHostedUI = true);
        services.AddAuthorization();
    }

    protected override void MapEndpoints(WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/sign-in", (HttpContext http) => Results.Text($"sign-in page error={http.Request.Query["error"]} returnUrl={http.Request.Query["ReturnUrl"]}"));
        app.MapGet("/sign-in/hosted", (HttpContext http, ICognitoWebSignIn web, string? returnUrl, string? provider) =>
            web.ChallengeHostedUIAsync(http, returnUrl, provider, http.RequestAborted));
        app.MapPost("/sign-out", async (HttpContext http, ICognitoWebSignIn web) =>
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            await web.SignOutHostedUIAsync(http, "/signed-out", everywhere: form["everywhere"] == "true", http.RequestAborted);
        });
        app.MapGet("/signed-out", () => Results.Text("signed-out page"));
        app.MapGet("/account", Describe).RequireAuthorization();
        app.MapGet("/api/me", Describe).RequireAuthorization();
    }

    public async Task<string> CreateUserAsync(string username)
    {
        await Pool.AddUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
        return username;
    }

    /// <summary>Opens the authorize address and posts the hosted login form; returns the domain's answer (the redirect to the callback).</summary>
    public async Task<HttpResponseMessage> SignInAtTheDomainAsync(Uri authorize, string username, string password = Password)
    {
        Assert.Equal(Emulator.Endpoint.GetLeftPart(UriPartial.Authority), authorize.GetLeftPart(UriPartial.Authority));
        using HttpResponseMessage page = await Domain.GetAsync(authorize);
        string html = await page.Content.ReadAsStringAsync();
        Match request = RequestField().Match(html);
        Assert.True(request.Success, "The hosted sign-in page has no form: " + html);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request"] = WebUtility.HtmlDecode(request.Groups[1].Value),
            ["username"] = username,
            ["password"] = password,
        });
        HttpResponseMessage posted = await Domain.PostAsync(new Uri(Emulator.Endpoint, "login"), form);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        return posted;
    }

    /// <summary>Follows an authorize address with <c>identity_provider=Google</c> through the stand-in provider; returns the callback address.</summary>
    public async Task<Uri> SignInWithGoogleAsync(Uri authorize, string email)
    {
        using HttpResponseMessage toProvider = await Domain.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Found, toProvider.StatusCode);
        var providerPage = new Uri(Emulator.Endpoint, toProvider.Headers.Location!);
        Assert.Contains("/social/Google/authorize", providerPage.AbsolutePath, StringComparison.Ordinal);
        using HttpResponseMessage page = await Domain.GetAsync(providerPage);
        Match request = RequestField().Match(await page.Content.ReadAsStringAsync());
        Assert.True(request.Success);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request"] = WebUtility.HtmlDecode(request.Groups[1].Value),
            ["email"] = email,
            ["name"] = "Sam Social",
        });
        using HttpResponseMessage posted = await Domain.PostAsync(new Uri(Emulator.Endpoint, "social/Google/authorize"), form);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        return posted.Headers.Location!;
    }

    private static IResult Describe(ClaimsPrincipal user) =>
        Results.Text($"user={user.Identity?.Name} email={user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value}");

    [GeneratedRegex("name=\"request\" value=\"([^\"]+)\"")]
    private static partial Regex RequestField();
}
