using System.Text.Json.Nodes;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.ThreatProtection;

/// <summary>
/// <c>AddCognitoContextDataFromHttpContext()</c>: a sign-in made while handling a request carries that request's
/// remote address (as <c>UseForwardedHeaders</c> set it) and the fingerprint the page posted, and nothing else.
/// </summary>
public sealed class ContextDataFromHttpContextTests : IClassFixture<ContextDataFromHttpContextTests.Site>
{
    private readonly Site _site;

    public ContextDataFromHttpContextTests(Site site) => _site = site;

    [Fact]
    public async Task SignIn_BehindATrustedProxy_SendsTheForwardedClientAddress_AndThePostedFingerprint()
    {
        string username = await _site.NewUserAsync();
        using var http = new HttpClient { BaseAddress = _site.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["username"] = username, ["password"] = EmulatorSite.Password, ["cognitoFingerprint"] = "browser-fp-42",
            }),
        };
        request.Headers.Add("X-Forwarded-For", "198.51.100.23");

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal("SignedIn", await response.Content.ReadAsStringAsync());
        JsonObject context = Assert.IsType<JsonObject>(LastInitiateAuth(username)["UserContextData"]);
        Assert.Equal("198.51.100.23", (string?)context["IpAddress"]);
        Assert.Equal("browser-fp-42", (string?)context["EncodedData"]);
        Assert.Equal(2, context.Count);
    }

    [Fact]
    public async Task SignIn_WithoutAFingerprintOrProxy_SendsOnlyTheConnectionAddress()
    {
        string username = await _site.NewUserAsync();
        using var http = new HttpClient { BaseAddress = _site.Address };

        using HttpResponseMessage response = await http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username, ["password"] = EmulatorSite.Password,
        }));

        Assert.Equal("SignedIn", await response.Content.ReadAsStringAsync());
        JsonObject context = Assert.IsType<JsonObject>(LastInitiateAuth(username)["UserContextData"]);
        Assert.Equal("127.0.0.1", (string?)context["IpAddress"]);
        Assert.Null(context["EncodedData"]);
    }

    [Fact]
    public async Task SignIn_OutsideARequest_SendsNoContext()
    {
        string username = await _site.NewUserAsync();

        Assert.IsType<SignedIn>(await _site.App.Services.GetRequiredService<ICognitoKit>().SignIn(username, EmulatorSite.Password).SendAsync(default));

        Assert.Null(LastInitiateAuth(username)["UserContextData"]);
    }

    private JsonObject LastInitiateAuth(string username) =>
        JsonNode.Parse(_site.Emulator.Requests.All.Last(r => r.Operation == "InitiateAuth" && r.Body.Contains(username, StringComparison.Ordinal)).Body)!.AsObject();

    public sealed class Site : EmulatorSite
    {
        protected override string PoolName => "context-data";

        public async Task<string> NewUserAsync()
        {
            string username = "cd" + Guid.NewGuid().ToString("N")[..10];
            await Pool.AddUserAsync(username, Password);
            return username;
        }

        protected override void ConfigureServices(IServiceCollection services)
        {
            services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor);
            services.AddCognitoContextDataFromHttpContext(o => o.EncodedDataFormField = "cognitoFingerprint");
        }

        protected override void MapEndpoints(WebApplication app)
        {
            app.UseForwardedHeaders();
            app.MapPost("/sign-in", async (HttpContext context, ICognitoKit cognito) =>
            {
                IFormCollection form = await context.Request.ReadFormAsync();
                SignInStep step = await cognito.SignIn(form["username"].ToString(), form["password"].ToString()).SendAsync(context.RequestAborted);
                return step.GetType().Name;
            });
        }
    }
}
