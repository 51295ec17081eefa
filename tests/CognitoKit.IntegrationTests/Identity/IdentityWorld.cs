using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.IntegrationTests.Identity;

/// <summary>
/// An emulator of its own (one per test, so moving its clock disturbs no one) with a user pool, an app client, a user,
/// and an identity pool that trusts the client, allows guests and has two roles. The clock starts at the real time,
/// because the AWS SDK signs with the real time and the emulator checks the signature's age on its own clock.
/// </summary>
internal sealed class IdentityWorld : IAsyncDisposable
{
    public const string Password = "Corr3ct-Horse!";
    public const string SignedInRole = "arn:aws:iam::123456789012:role/signed-in";
    public const string GuestRole = "arn:aws:iam::123456789012:role/guest";

    private readonly List<ServiceProvider> _providers = [];

    private IdentityWorld(CognitoEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
    }

    public CognitoEmulator Emulator { get; }

    public FakeTimeProvider Clock { get; }

    public EmulatedUserPool Pool { get; private set; } = null!;

    public EmulatedUserPoolClient Client { get; private set; } = null!;

    public EmulatedUser User { get; private set; } = null!;

    public EmulatedIdentityPool IdentityPool { get; private set; } = null!;

    public string Username => User.Username;

    /// <summary>Starts the world; <paramref name="tokenValidity"/> sets the lifetime of the client's ID and access tokens.</summary>
    /// <param name="tokenValidity">The lifetime of the client's ID and access tokens; the default when null.</param>
    /// <param name="allowGuests">Whether the identity pool lets guests in.</param>
    /// <param name="configureIdentityPool">Edits the CreateIdentityPool request (social providers, OIDC ARNs).</param>
    public static async Task<IdentityWorld> StartAsync(TimeSpan? tokenValidity = null, bool allowGuests = true, Action<JsonObject>? configureIdentityPool = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        CognitoEmulator emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = clock });
        var world = new IdentityWorld(emulator, clock);
        world.Pool = await emulator.CreateUserPoolAsync("identity-" + Guid.NewGuid().ToString("N")[..8]);
        world.Client = await world.Pool.CreateClientAsync(configure: body =>
        {
            if (tokenValidity is { } validity)
            {
                body["IdTokenValidity"] = (long)validity.TotalMinutes;
                body["AccessTokenValidity"] = (long)validity.TotalMinutes;
                body["TokenValidityUnits"] = new JsonObject { ["IdToken"] = "minutes", ["AccessToken"] = "minutes" };
            }
        });
        world.User = await world.Pool.AddUserAsync("user-" + Guid.NewGuid().ToString("N")[..8], Password);
        world.IdentityPool = await emulator.CreateIdentityPoolAsync(world.Pool, world.Client, allowUnauthenticatedIdentities: allowGuests, configure: configureIdentityPool);
        await world.IdentityPool.SetRolesAsync(SignedInRole, GuestRole);
        return world;
    }

    /// <summary>CognitoKit for this world through <c>AddCognitoKit</c>, every endpoint at the emulator, on the shared clock.</summary>
    public ICognitoKit CreateKit(Action<CognitoKitOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = Pool.Id;
            o.ClientId = Client.ClientId;
            o.IdentityPoolId = IdentityPool.Id;
            o.UserPoolEndpoint = Emulator.Endpoint;
            o.IdentityEndpoint = Emulator.Endpoint;
            o.StsEndpoint = Emulator.Endpoint;
            o.MaxAttempts = 1;
            configure?.Invoke(o);
        });
        configureServices?.Invoke(services);
        ServiceProvider provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<ICognitoKit>();
    }

    public async Task<CognitoSession> SignInAsync(ICognitoKit kit)
    {
        SignInStep step = await kit.SignIn(Username, Password).SendAsync(CancellationToken.None);
        return Assert.IsType<SignedIn>(step).Session;
    }

    /// <summary>Asks the emulator's STS who <paramref name="credentials"/> are, with a real AWS SDK client (SigV4-signed).</summary>
    public async Task<GetCallerIdentityResponse> WhoAmIAsync(AWSCredentials credentials)
    {
        using var sts = new AmazonSecurityTokenServiceClient(
            credentials,
            new AmazonSecurityTokenServiceConfig { ServiceURL = Emulator.Endpoint.AbsoluteUri, AuthenticationRegion = Emulator.Region, MaxErrorRetry = 0 });
        return await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
    }

    /// <summary>How many times this client's session was refreshed.</summary>
    public int SessionRefreshes() => Emulator.Requests.All.Count(r =>
        r.Operation == "InitiateAuth" && r.Body.Contains("REFRESH_TOKEN_AUTH", StringComparison.Ordinal) && r.Body.Contains(Client.ClientId, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        foreach (ServiceProvider provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Emulator.DisposeAsync();
    }
}
