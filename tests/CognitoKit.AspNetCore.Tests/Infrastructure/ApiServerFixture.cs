using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// The emulator (the user pool) and the protected API on Kestrel, both on one <see cref="FakeTimeProvider"/>, so moving
/// the clock expires tokens for Cognito, for the API and for the client sessions alike.
/// </summary>
/// <remarks>
/// Pools: <see cref="Pool"/> with the API's app client (<see cref="Client"/>), a second client the API does not accept
/// (<see cref="OtherClient"/>), a machine client with the custom scope <c>orders/read</c> (<see cref="MachineClient"/>),
/// and users alice (group <c>admins</c>) and bob; <see cref="OtherPool"/> issues tokens of another issuer.
/// </remarks>
public sealed class ApiServerFixture : IAsyncLifetime
{
    public const string Password = "Corr3ct-Horse!";

    private readonly List<ServiceProvider> _providers = [];
    private CognitoEmulator? _emulator;
    private WebApplication? _api;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public CognitoEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public EmulatedUserPool Pool { get; private set; } = null!;

    public EmulatedUserPoolClient Client { get; private set; } = null!;

    public EmulatedUserPoolClient OtherClient { get; private set; } = null!;

    public EmulatedUserPoolClient MachineClient { get; private set; } = null!;

    public EmulatedUserPool OtherPool { get; private set; } = null!;

    public EmulatedUserPoolClient OtherPoolClient { get; private set; } = null!;

    public EmulatedUser Alice { get; private set; } = null!;

    public EmulatedUser Bob { get; private set; } = null!;

    public Uri ApiAddress { get; set; } = null!;

    public WebApplication Api => _api ?? throw new InvalidOperationException("Not started.");

    /// <summary>Token ids (<c>jti</c>) the API refuses after validating them (its deny list).</summary>
    public ConcurrentDictionary<string, byte> DeniedJtis { get; } = new(StringComparer.Ordinal);

    /// <summary>Users (<c>sub</c>) whose every token the API refuses.</summary>
    public ConcurrentDictionary<string, byte> DeniedSubjects { get; } = new(StringComparer.Ordinal);

    /// <summary>How many times the API fetched the pool's key set (JWKS).</summary>
    public int JwksFetches;

    /// <summary>Every request the API answered.</summary>
    public ConcurrentQueue<ApiHit> Hits { get; } = new();

    public async Task InitializeAsync()
    {
        _emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = Clock });
        Pool = await Emulator.CreateUserPoolAsync("api-pool");
        Client = await Pool.CreateClientAsync("api-client");
        OtherClient = await Pool.CreateClientAsync("other-client");
        Emulator.AddResourceServer(Pool.Id, "orders", "read", "write");
        MachineClient = await Pool.CreateOAuthClientAsync([], scopes: ["orders/read"], generateSecret: true);
        await Pool.CreateGroupAsync("admins");
        Alice = await Pool.AddUserAsync("alice", Password, new Dictionary<string, string> { ["email"] = "alice@example.com" });
        Bob = await Pool.AddUserAsync("bob", Password, new Dictionary<string, string> { ["email"] = "bob@example.com" });
        await Pool.AddUserToGroupAsync("alice", "admins");

        OtherPool = await Emulator.CreateUserPoolAsync("other-pool");
        OtherPoolClient = await OtherPool.CreateClientAsync("other-pool-client");
        await OtherPool.AddUserAsync("alice", Password);

        _api = await ProtectedApi.StartAsync(this);
    }

    public async Task DisposeAsync()
    {
        foreach (ServiceProvider provider in _providers)
        {
            await provider.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.StopAsync();
            await _api.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>A client app's services: CognitoKit for <paramref name="client"/> on the shared clock, plus whatever the test adds.</summary>
    public ServiceProvider CreateClientApp(EmulatedUserPoolClient? client = null, EmulatedUserPool? pool = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = (pool ?? Pool).Id;
            o.ClientId = (client ?? Client).ClientId;
            o.ClientSecret = (client ?? Client).ClientSecret;
            o.UserPoolEndpoint = Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        configure?.Invoke(services);
        ServiceProvider provider = services.BuildServiceProvider();
        lock (_providers)
        {
            _providers.Add(provider);
        }

        return provider;
    }

    /// <summary>Signs <paramref name="username"/> in (SRP) through a client app of <paramref name="client"/>.</summary>
    public async Task<CognitoSession> SignInAsync(string username, EmulatedUserPoolClient? client = null, EmulatedUserPool? pool = null)
    {
        ICognitoKit kit = CreateClientApp(client, pool).GetRequiredService<ICognitoKit>();
        SignInStep step = await kit.SignIn(username, Password).SendAsync(CancellationToken.None);
        return Assert.IsType<SignedIn>(step).Session;
    }

    /// <summary>An access token for the machine client with scope <c>orders/read</c> (client credentials).</summary>
    public async Task<string> GetMachineTokenAsync()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Emulator.Endpoint, "oauth2/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "orders/read" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(MachineClient.ClientId + ":" + MachineClient.ClientSecret)));
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return (string)JsonNode.Parse(body)!["access_token"]!;
    }

    /// <summary>How many refreshes the emulator received with <paramref name="session"/>'s refresh token.</summary>
    public int RefreshesOf(CognitoSession session) => Emulator.Requests.All.Count(r =>
        r.Operation is "InitiateAuth" or "GetTokensFromRefreshToken"
        && r.Body.Contains(session.Tokens.RefreshToken!, StringComparison.Ordinal));

    /// <summary>The requests the API answered for one test.</summary>
    public IReadOnlyList<ApiHit> HitsOf(string testId) => [.. Hits.Where(h => h.TestId == testId)];

    /// <summary>GETs <paramref name="path"/> from the API with a plain client, sending <paramref name="token"/> as the bearer when given.</summary>
    public async Task<HttpResponseMessage> GetAsync(string testId, string path, string? token)
    {
        using HttpClient http = CreateRawClient(testId);
        return await http.GetWithBearerAsync(path, token);
    }

    /// <summary>A plain HTTP client for the API (no handler), tagged with <paramref name="testId"/>.</summary>
    public HttpClient CreateRawClient(string testId)
    {
        var http = new HttpClient { BaseAddress = ApiAddress };
        http.DefaultRequestHeaders.Add(ProtectedApi.TestIdHeader, testId);
        return http;
    }
}
