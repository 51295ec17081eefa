using System.Net;
using System.Net.Http.Json;
using Amazon.Runtime;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using CognitoKit.Testing;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore.Tests.MultiplePools;

/// <summary>
/// One minimal API for two user pools of one emulator: named CognitoKit instances resolved with
/// <c>[FromKeyedServices]</c>, and one bearer scheme that trusts both pools.
/// </summary>
public sealed class SeveralPoolsApiTests : IAsyncLifetime
{
    private const string Password = "Corr3ct-Horse!";
    private CognitoEmulator _emulator = null!;
    private EmulatedUserPool _customers = null!;
    private EmulatedUserPool _staff = null!;
    private EmulatedUserPool _third = null!;
    private EmulatedUserPoolClient _customersClient = null!;
    private EmulatedUserPoolClient _staffClient = null!;
    private EmulatedUserPoolClient _thirdClient = null!;
    private int _jwksFetches;

    public async Task InitializeAsync()
    {
        _emulator = await CognitoEmulator.StartAsync();
        (_customers, _customersClient) = await PoolAsync("customers", "carol");
        (_staff, _staffClient) = await PoolAsync("staff", "sam");
        (_third, _thirdClient) = await PoolAsync("elsewhere", "eve");
        await _staff.CreateGroupAsync("admins");
        await _staff.AddUserToGroupAsync("sam", "admins");
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Endpoint_TakesTheNamedInstanceFromKeyedServices()
    {
        await using WebApplication app = await StartAsync();
        using var http = new HttpClient { BaseAddress = app.Address() };

        string staffPool = await http.GetStringAsync(new Uri("/pool/staff", UriKind.Relative));
        string customersPool = await http.GetStringAsync(new Uri("/pool/customers", UriKind.Relative));
        using HttpResponseMessage signedIn = await http.PostAsync(new Uri("/staff/sign-in/sam", UriKind.Relative), null);

        Assert.Equal(_staff.Id, staffPool);
        Assert.Equal(_customers.Id, customersPool);
        Assert.Equal("sam", await signedIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Scheme_TrustingTwoPools_AcceptsBothAndRejectsAThirdPoolsTokenWithoutFetchingKeys()
    {
        await using WebApplication app = await StartAsync();
        using var http = new HttpClient { BaseAddress = app.Address() };
        string carol = await AccessTokenAsync(app.Services.GetRequiredKeyedService<ICognitoKit>("customers"), "carol");
        string sam = await AccessTokenAsync(app.Services.GetRequiredKeyedService<ICognitoKit>("staff"), "sam");
        string eve = await AccessTokenAsync(ThirdPoolKit(), "eve");

        (HttpStatusCode status, string body) asEve = await GetMeAsync(http, eve);
        int fetchesAfterEve = Volatile.Read(ref _jwksFetches);
        (HttpStatusCode status, string body) asCarol = await GetMeAsync(http, carol);
        (HttpStatusCode status, string body) asSam = await GetMeAsync(http, sam);

        Assert.Equal(HttpStatusCode.Unauthorized, asEve.status);
        Assert.Equal(0, fetchesAfterEve);
        Assert.Equal((HttpStatusCode.OK, "carol@" + _customers.Issuer), asCarol);
        Assert.Equal((HttpStatusCode.OK, "sam@" + _staff.Issuer), asSam);
        Assert.Equal(2, Volatile.Read(ref _jwksFetches));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // no unnamed instance lends the scheme its settings, so nothing else would report them
    public async Task Scheme_TrustingAPoolWithoutClients_StopsTheHostNamingThePool(bool besideANamedInstance)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (besideANamedInstance)
        {
            builder.Services.AddCognitoKit("staff", At(_staff, _staffClient));
        }

        builder.Services.AddAuthentication(CognitoAuthenticationDefaults.AuthenticationScheme).AddCognito(o => o
            .TrustPool(p =>
            {
                p.Issuer = _customers.Issuer;
                p.AllowedClientIds.Add(_customersClient.ClientId);
            })
            .TrustPool(p => p.Issuer = _staff.Issuer));
        await using WebApplication app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Trusted pool 2: CognitoTokenValidationOptions.AllowedClientIds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupPolicy_InAnAppWithOnlyNamedInstances_AdmitsTheGroupsMembersOnly()
    {
        await using WebApplication app = await StartAsync();
        using var http = new HttpClient { BaseAddress = app.Address() };
        string sam = await AccessTokenAsync(app.Services.GetRequiredKeyedService<ICognitoKit>("staff"), "sam");
        string carol = await AccessTokenAsync(app.Services.GetRequiredKeyedService<ICognitoKit>("customers"), "carol");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/admins", sam)).Item1);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(http, "/admins", carol)).Item1);
    }

    [Fact]
    public async Task GuideSnippets_NamedInstancesAndTheStaffEndpoint_WorkAgainstTheEmulator()
    {
        await using WebApplication app = await TestApp.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(_emulator.ToConfiguration(_customers, _customersClient, sectionName: "CognitoKit:Customers"));
                SeveralPoolsSnippets.AddPools(builder, new BasicAWSCredentials("AKIDSTAFFEXAMPLE", "staff-secret"));
                builder.Services.Configure("staff", At(_staff, _staffClient)); // the guide's staff pool, pointed at the emulator
            },
            SeveralPoolsSnippets.MapStaffSignIn);
        using var http = new HttpClient { BaseAddress = app.Address() };

        using HttpResponseMessage sam = await http.PostAsJsonAsync(new Uri("/staff/sign-in", UriKind.Relative), new SeveralPoolsSnippets.SignInForm("sam", Password));
        CognitoSession carol = await SignInAsync(app.Services.GetRequiredKeyedService<ICognitoKit>("customers"), "carol");

        Assert.Equal(HttpStatusCode.OK, sam.StatusCode);
        Assert.Equal("carol", carol.Username);
        Assert.Equal(_customers.Id, app.Services.GetRequiredKeyedService<ICognitoKit>("customers").Options.UserPoolId);
    }

    private Task<WebApplication> StartAsync() => TestApp.StartAsync(
        builder =>
        {
            builder.Services.AddCognitoKit("customers", At(_customers, _customersClient));
            builder.Services.AddCognitoKit("staff", At(_staff, _staffClient));
            builder.Services.AddAuthentication(CognitoAuthenticationDefaults.AuthenticationScheme).AddCognito(o => o
                .TrustPool(p =>
                {
                    p.Issuer = _customers.Issuer;
                    p.AllowedClientIds.Add(_customersClient.ClientId);
                })
                .TrustPool(p =>
                {
                    p.Issuer = _staff.Issuer;
                    p.AllowedClientIds.Add(_staffClient.ClientId);
                }));
            builder.Services.AddHttpClient(CognitoTokenValidator.HttpClientName)
                .AddHttpMessageHandler(() => new CountingHandler(() => Interlocked.Increment(ref _jwksFetches)));
            builder.Services.AddAuthorization();
        },
        app =>
        {
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapGet("/pool/staff", ([FromKeyedServices("staff")] ICognitoKit staff) => staff.Options.UserPoolId);
            app.MapGet("/pool/customers", ([FromKeyedServices("customers")] ICognitoKit customers) => customers.Options.UserPoolId);
            app.MapPost("/staff/sign-in/{username}", async (string username, [FromKeyedServices("staff")] ICognitoKit staff) =>
                (await SignInAsync(staff, username)).Username);
            app.MapGet("/me", (HttpContext context) =>
                context.User.FindFirst("username")?.Value + "@" + context.User.FindFirst("iss")?.Value).RequireAuthorization();
            app.MapGet("/admins", () => "admin").RequireAuthorization(p => p.RequireCognitoGroup("admins"));
        });

    private async Task<(EmulatedUserPool, EmulatedUserPoolClient)> PoolAsync(string name, string username)
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync(name);
        EmulatedUserPoolClient client = await pool.CreateClientAsync(name + "-client");
        await pool.AddUserAsync(username, Password);
        return (pool, client);
    }

    private Action<CognitoKitOptions> At(EmulatedUserPool pool, EmulatedUserPoolClient client) => o =>
    {
        o.UserPoolId = pool.Id;
        o.ClientId = client.ClientId;
        o.UserPoolEndpoint = _emulator.Endpoint;
        o.MaxAttempts = 1;
    };

    private ICognitoKit ThirdPoolKit()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(At(_third, _thirdClient));
        return services.BuildServiceProvider().GetRequiredService<ICognitoKit>();
    }

    private static async Task<CognitoSession> SignInAsync(ICognitoKit kit, string username) =>
        Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(CancellationToken.None)).Session;

    private static async Task<string> AccessTokenAsync(ICognitoKit kit, string username) =>
        (await SignInAsync(kit, username)).Tokens.AccessToken;

    private static Task<(HttpStatusCode, string)> GetMeAsync(HttpClient http, string token) => GetAsync(http, "/me", token);

    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient http, string path, string token)
    {
        using HttpResponseMessage response = await http.GetWithBearerAsync(path, token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
