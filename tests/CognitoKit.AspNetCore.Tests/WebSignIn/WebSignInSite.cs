using System.Net;
using System.Text.Json.Nodes;
using System.Security.Claims;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;

namespace CognitoKit.AspNetCore.Tests.WebSignIn;

/// <summary>
/// A server-rendered app on Kestrel signing users in with <c>AddCognitoWebSignIn</c> and its own sign-in endpoints,
/// over an emulator whose pool has optional TOTP; the app and the emulator share one fake clock. Each test makes its own
/// user with <see cref="CreateTotpUserAsync"/>.
/// </summary>
public sealed class WebSignInSite : IAsyncLifetime
{
    public const string Password = "Corr3ct-Horse!";

    private CognitoEmulator? _emulator;
    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CognitoEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public EmulatedUserPool Pool { get; private set; } = null!;

    public EmulatedUserPoolClient Client { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public WebApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = Clock });
        Pool = await Emulator.CreateUserPoolAsync("web-sign-in-pool", p =>
            p["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = true, ["DeviceOnlyRememberedOnUserPrompt"] = false });
        await Pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true);
        Client = await Pool.CreateClientAsync("web-client");

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddCognitoKit(o =>
        {
            o.UserPoolId = Pool.Id;
            o.ClientId = Client.ClientId;
            o.UserPoolEndpoint = Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        builder.Services.AddCognitoDeviceCookie();
        builder.Services.AddAuthentication(CognitoWebSignInDefaults.AuthenticationScheme).AddCognitoWebSignIn();
        builder.Services.AddAuthorization();
        builder.Services.AddHttpClient("downstream", c => c.BaseAddress = Address).AddCognitoAccessToken();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapPost("/sign-in", SignInAsync);
        _app.MapPost("/sign-in/totp", AnswerTotpAsync);
        _app.MapPost("/sign-out", SignOutAsync);
        _app.MapGet("/account", Describe).RequireAuthorization();
        _app.MapGet("/api/me", Describe).RequireAuthorization();
        _app.MapGet("/api/downstream", CallDownstreamAsync).RequireAuthorization();
        _app.MapGet("/echo-authorization", (HttpContext http) => Results.Text(http.Request.Headers.Authorization.ToString()));
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
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

    /// <summary>A separate client app of the same pool (another device of the user).</summary>
    public ServiceProvider CreateOtherDevice()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = Pool.Id;
            o.ClientId = Client.ClientId;
            o.UserPoolEndpoint = Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Creates a user with TOTP enrolled and preferred; returns the authenticator's secret.</summary>
    public async Task<string> CreateTotpUserAsync(string username)
    {
        await Pool.AddUserAsync(username, Password);
        await using ServiceProvider provider = CreateOtherDevice();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        var signedIn = Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(CancellationToken.None));
        CognitoAccount account = kit.Account(signedIn.Session);
        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        await account.Mfa.CompleteTotpEnrollmentAsync(Emulator.TotpCode(enrollment.SecretCode), "Phone");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);
        Clock.Advance(TimeSpan.FromSeconds(31)); // the next sign-in's code is a fresh one
        return enrollment.SecretCode;
    }

    /// <summary>Signs <paramref name="username"/> in on <paramref name="browser"/> through the app's own pages (password, then TOTP).</summary>
    public async Task SignInWithTotpAsync(WebBrowser browser, string username, string secret)
    {
        HttpResponseMessage first = await browser.PostAsync("/sign-in", new() { ["username"] = username, ["password"] = Password });
        Assert.Equal("challenge=SOFTWARE_TOKEN_MFA error=", await first.Content.ReadAsStringAsync());
        HttpResponseMessage second = await browser.PostAsync("/sign-in/totp", new() { ["code"] = Emulator.TotpCode(secret), ["returnUrl"] = "/account" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/account", second.Headers.Location?.OriginalString);
    }
}

/// <summary>A browser's cookie jar over a plain <see cref="HttpClient"/> that does not follow redirects.</summary>
public sealed class WebBrowser : IDisposable
{
    private readonly HttpClient _http;

    public WebBrowser(Uri site) =>
        _http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = site };

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>Set-Cookie</c> headers of the last response.</summary>
    public IList<SetCookieHeaderValue> LastSetCookies { get; private set; } = [];

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> form) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) });

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (Cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value)));
            }

            HttpResponseMessage response = await _http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? values) ? SetCookieHeaderValue.ParseList([.. values]) : [];
            foreach (SetCookieHeaderValue cookie in LastSetCookies)
            {
                if (cookie.Expires is { } expires && expires <= DateTimeOffset.UtcNow)
                {
                    Cookies.Remove(cookie.Name.ToString());
                }
                else
                {
                    Cookies[cookie.Name.ToString()] = cookie.Value.ToString();
                }
            }

            return response;
        }
    }

    public void Dispose() => _http.Dispose();
}
