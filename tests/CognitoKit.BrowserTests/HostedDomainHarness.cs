using System.Net;
using System.Text.RegularExpressions;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.BrowserTests;

/// <summary>
/// An emulator with a pool, an OAuth app client and a user, CognitoKit pointed at its domain, and an HTTP client
/// that fills the hosted form without a browser (redirects are not followed, so each hop can be inspected).
/// </summary>
internal sealed partial class HostedDomainHarness : IAsyncDisposable
{
    public const string Callback = "https://app.example.com/callback";
    public const string SignedOut = "https://app.example.com/";
    public const string Username = "ana";
    public const string Password = "Harness-Passw0rd!";

    private HostedDomainHarness(CognitoEmulator emulator, EmulatedUserPool pool, EmulatedUserPoolClient client, ServiceProvider services)
    {
        Emulator = emulator;
        Pool = pool;
        Client = client;
        Services = services;
        Cognito = services.GetRequiredService<ICognitoKit>();
    }

    public CognitoEmulator Emulator { get; }

    public EmulatedUserPool Pool { get; }

    public EmulatedUserPoolClient Client { get; }

    public ServiceProvider Services { get; }

    public ICognitoKit Cognito { get; }

    public HttpClient Browser { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    /// <summary>Starts the emulator and CognitoKit.</summary>
    /// <param name="poolSettings">CreateUserPool members to set, such as <c>AutoVerifiedAttributes</c>.</param>
    /// <param name="apiClientOfItsOwn">When true, <c>CognitoKit:ClientId</c> is a second app client of the pool (the one an
    /// API accepts) and only the hosted UI uses <see cref="Client"/>.</param>
    public static async Task<HostedDomainHarness> StartAsync(
        TimeProvider? clock = null, bool confidential = false, IEnumerable<string>? scopes = null, IEnumerable<string>? flows = null, bool apiClientOfItsOwn = false,
        System.Text.Json.Nodes.JsonObject? poolSettings = null)
    {
        var emulator = await CognitoEmulator.StartAsync(clock is null ? null : new CognitoEmulatorOptions { TimeProvider = clock });
        var pool = await emulator.CreateUserPoolAsync(configure: poolSettings is null ? null : request =>
        {
            foreach (var (name, value) in poolSettings)
            {
                request[name] = value?.DeepClone();
            }
        });
        var client = await pool.CreateOAuthClientAsync([Callback], [SignedOut], scopes: scopes, generateSecret: confidential, flows: flows);
        await pool.AddUserAsync(Username, Password, new Dictionary<string, string> { ["email"] = "ana@example.com", ["name"] = "Ana" });
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        var apiClient = apiClientOfItsOwn ? await pool.CreateClientAsync("api-client") : client;
        services.AddCognitoKit(o =>
        {
            o.Region = emulator.Region;
            o.UserPoolId = pool.Id;
            o.ClientId = apiClient.ClientId;
            o.ClientSecret = apiClient.ClientSecret;
            o.UserPoolEndpoint = emulator.Endpoint;
        }).AddHostedUI(o =>
        {
            o.ClientId = client.ClientId;
            o.ClientSecret = client.ClientSecret;
            o.Domain = emulator.DomainEndpoint();
            o.RedirectUri = new Uri(Callback);
            o.LogoutUri = new Uri(SignedOut);
        });
        return new HostedDomainHarness(emulator, pool, client, services.BuildServiceProvider());
    }

    /// <summary>Opens the authorize address, fills the hosted form and returns where the domain redirects (the callback).</summary>
    public async Task<Uri> SignInAsync(Uri authorizeUri)
    {
        using var posted = await PostLoginAsync(authorizeUri, Password);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        return posted.Headers.Location!;
    }

    /// <summary>Opens the authorize address and posts the hosted form; the caller inspects the answer.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(Uri authorizeUri, string password)
    {
        using var page = await Browser.GetAsync(authorizeUri);
        var html = await page.Content.ReadAsStringAsync();
        var request = RequestField().Match(html);
        Assert.True(request.Success, "The hosted sign-in page has no form: " + html);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request"] = WebUtility.HtmlDecode(request.Groups[1].Value),
            ["username"] = Username,
            ["password"] = password,
        });
        return await Browser.PostAsync(new Uri(Emulator.Endpoint, "login"), form);
    }

    /// <summary>Opens a hosted page (following no redirect).</summary>
    public async Task<HostedPage> GetPageAsync(Uri address)
    {
        using var response = await Browser.GetAsync(address);
        return await HostedPage.ReadAsync(response);
    }

    /// <summary>Posts the page's form: its hidden fields, then <paramref name="fields"/>.</summary>
    public async Task<HostedPage> PostFormAsync(HostedPage page, Dictionary<string, string> fields)
    {
        Assert.True(page.Action is not null, "The page has no form: " + page.Html);
        var values = new Dictionary<string, string>(page.Fields);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        using var form = new FormUrlEncodedContent(values);
        using var response = await Browser.PostAsync(new Uri(Emulator.Endpoint, page.Action.TrimStart('/')), form);
        return await HostedPage.ReadAsync(response);
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    [GeneratedRegex("name=\"request\" value=\"([^\"]+)\"")]
    private static partial Regex RequestField();

    /// <summary>A hosted page as the harness read it: status, HTML, where it redirects, its form's action and hidden fields.</summary>
    public sealed partial record HostedPage(HttpStatusCode Status, string Html, Uri? Location, string? Action, IReadOnlyDictionary<string, string> Fields)
    {
        public static async Task<HostedPage> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var action = FormAction().Match(html);
            var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            return new HostedPage(response.StatusCode, html, response.Headers.Location, action.Success ? WebUtility.HtmlDecode(action.Groups[1].Value) : null, fields);
        }

        [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"")]
        private static partial Regex FormAction();

        [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
        private static partial Regex HiddenField();
    }
}
