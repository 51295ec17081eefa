using System.Text.Json.Nodes;
using Amazon.Runtime;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.IntegrationTests.Redaction;

/// <summary>
/// An emulator of its own on a <see cref="FakeTimeProvider"/> (so a challenge session can be left to expire), with a
/// pool that tracks devices and offers TOTP, an app client WITH a secret, and an identity pool trusting it. Every
/// <see cref="ICognitoKit"/> made here logs at Trace into one <see cref="CapturingLoggerProvider"/> and signs admin
/// calls with explicit session credentials whose secret key and token are recorded as secrets. Nothing here lets an AWS
/// SDK call reach the default credential or region chain: credentials and region are always given.
/// </summary>
internal sealed class RedactionWorld : IAsyncDisposable
{
    public const string SignedInRole = "arn:aws:iam::123456789012:role/signed-in";
    public const string GuestRole = "arn:aws:iam::123456789012:role/guest";

    private readonly List<ServiceProvider> _providers = [];

    private RedactionWorld(CognitoEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
    }

    // Starts at the real time: SigV4-signed calls carry the real time and the emulator compares it with its clock.
    public FakeTimeProvider Clock { get; }

    public CognitoEmulator Emulator { get; }

    public EmulatedUserPool Pool { get; private set; } = null!;

    public EmulatedUserPoolClient Client { get; private set; } = null!;

    public EmulatedIdentityPool IdentityPool { get; private set; } = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    public SecretLedger Ledger { get; } = new();

    public string AwsAccessKey { get; } = "ASIA" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();

    public string AwsSecretKey { get; } = "aws-secret/" + Guid.NewGuid().ToString("N");

    public string AwsSessionToken { get; } = "aws-session-token/" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");

    public static async Task<RedactionWorld> StartAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        CognitoEmulator emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = clock });
        var world = new RedactionWorld(emulator, clock);
        world.Pool = await emulator.CreateUserPoolAsync("redaction-" + Guid.NewGuid().ToString("N")[..8], body =>
        {
            body["AutoVerifiedAttributes"] = new JsonArray("email");
            body["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = false, ["DeviceOnlyRememberedOnUserPrompt"] = false };
        });
        await world.Pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true);
        world.Client = await world.Pool.CreateClientAsync(
            generateSecret: true,
            explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        world.IdentityPool = await emulator.CreateIdentityPoolAsync(world.Pool, world.Client, allowUnauthenticatedIdentities: true);
        await world.IdentityPool.SetRolesAsync(SignedInRole, GuestRole);
        world.Ledger.Secret("client secret", world.Client.ClientSecret);
        world.Ledger.Secret("AWS secret key", world.AwsSecretKey);
        world.Ledger.Secret("AWS session token", world.AwsSessionToken);
        return world;
    }

    /// <summary>A new app instance (own service provider, device store and caches) logging into <see cref="Logs"/>.</summary>
    public (ICognitoKit Kit, IServiceProvider Services) CreateKit()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Clock);
        ICognitoKitBuilder kit = services.AddCognitoKit(o =>
        {
            o.Region = Emulator.Region;
            o.UserPoolId = Pool.Id;
            o.ClientId = Client.ClientId;
            o.ClientSecret = Client.ClientSecret;
            o.IdentityPoolId = IdentityPool.Id;
            o.UserPoolEndpoint = Emulator.Endpoint;
            o.IdentityEndpoint = Emulator.Endpoint;
            o.StsEndpoint = Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        kit.AddAdminCredentials(new SessionAWSCredentials(AwsAccessKey, AwsSecretKey, AwsSessionToken));
        ServiceProvider provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return (provider.GetRequiredService<ICognitoKit>(), provider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (ServiceProvider provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Emulator.DisposeAsync();
    }
}
