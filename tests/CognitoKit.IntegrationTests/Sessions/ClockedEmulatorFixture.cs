using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.IntegrationTests.Sessions;

/// <summary>
/// An emulator of its own running on a <see cref="FakeTimeProvider"/>, so session tests can move time past token expiry
/// without disturbing the shared emulator. The same clock is given to every <c>ICognitoKit</c> made here: the
/// client's idea of "expired" and the emulator's must agree.
/// </summary>
public sealed class ClockedEmulatorFixture : IAsyncLifetime
{
    public const string Password = "Corr3ct-Horse!";

    private CognitoEmulator? _emulator;

    /// <summary>The clock shared by the emulator and the clients.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public CognitoEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() =>
        _emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = Clock });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>A new pool with one app client and one user.</summary>
    public async Task<SessionPool> CreatePoolAsync(bool clientSecret = false, bool emailAsUsername = false, bool rotation = false)
    {
        EmulatedUserPool pool = await Emulator.CreateUserPoolAsync(
            "sessions-" + Guid.NewGuid().ToString("N")[..8],
            body =>
            {
                if (emailAsUsername)
                {
                    body["UsernameAttributes"] = new JsonArray("email");
                }
            });
        EmulatedUserPoolClient client = await pool.CreateClientAsync(
            generateSecret: clientSecret,
            configure: body =>
            {
                if (rotation)
                {
                    body["RefreshTokenRotation"] = new JsonObject { ["Feature"] = "ENABLED", ["RetryGracePeriodSeconds"] = 0 };
                }
            });
        string signInName = emailAsUsername ? $"user-{Guid.NewGuid():N}@example.com" : "user-" + Guid.NewGuid().ToString("N")[..8];
        EmulatedUser user = await pool.AddUserAsync(signInName, Password, new Dictionary<string, string> { ["email"] = emailAsUsername ? signInName : signInName + "@example.com" });
        return new SessionPool(this, pool, client, signInName, user, rotation);
    }
}

/// <summary>A pool, its client and user in the clocked emulator, and a way to build CognitoKit for them.</summary>
public sealed class SessionPool(ClockedEmulatorFixture fixture, EmulatedUserPool pool, EmulatedUserPoolClient client, string signInName, EmulatedUser user, bool rotation)
{
    public EmulatedUserPool Pool => pool;

    public EmulatedUserPoolClient Client => client;

    /// <summary>What the user types to sign in (an email in an email-as-username pool).</summary>
    public string SignInName => signInName;

    /// <summary>The user as Cognito knows them (a generated name in an email-as-username pool).</summary>
    public EmulatedUser User => user;

    /// <summary>A fresh service provider with CognitoKit for this pool, on the fixture's clock.</summary>
    public ServiceProvider CreateProvider(Action<CognitoKitOptions>? configure = null, Action<IServiceCollection>? configureServices = null, Action<ICognitoKitBuilder>? configureKit = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(fixture.Clock); // before AddCognitoKit, so its TryAdd keeps this clock
        ICognitoKitBuilder kit = services.AddCognitoKit(o =>
        {
            o.UserPoolId = pool.Id;
            o.ClientId = client.ClientId;
            o.ClientSecret = client.ClientSecret;
            o.UserPoolEndpoint = fixture.Emulator.Endpoint;
            o.RefreshTokenRotation = rotation;
            o.MaxAttempts = 1;
            configure?.Invoke(o);
        });
        configureKit?.Invoke(kit);
        configureServices?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Signs the user in through the façade (SRP) and returns the session.</summary>
    public async Task<CognitoSession> SignInAsync(ICognitoKit kit)
    {
        SignInStep step = await kit.SignIn(signInName, ClockedEmulatorFixture.Password).SendAsync(CancellationToken.None);
        return Assert.IsType<SignedIn>(step).Session;
    }

    /// <summary>How many refreshes of this client the emulator has received, by operation.</summary>
    public int Refreshes(string operation = "InitiateAuth") => fixture.Emulator.Requests.All.Count(r =>
        r.Operation == operation
        && r.Body.Contains(client.ClientId, StringComparison.Ordinal)
        && (operation != "InitiateAuth" || r.Body.Contains("REFRESH_TOKEN_AUTH", StringComparison.Ordinal)));
}
