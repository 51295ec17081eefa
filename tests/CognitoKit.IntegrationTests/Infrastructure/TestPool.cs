using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Infrastructure;

/// <summary>
/// A user pool and app client in the emulator, with an <see cref="ICognitoKit"/> configured for them through
/// <c>AddCognitoKit</c> in a fresh service provider. Make one per test with <see cref="EmulatorFixture.CreatePoolAsync"/>.
/// </summary>
public sealed class TestPool
{
    private readonly Lazy<ICognitoKit> _kit;

    private TestPool(EmulatorFixture fixture, EmulatedUserPool pool, EmulatedUserPoolClient client)
    {
        Fixture = fixture;
        Pool = pool;
        Client = client;
        ClientId = client.ClientId;
        ClientSecret = client.ClientSecret;
        _kit = new Lazy<ICognitoKit>(() => CreateKit());
    }

    /// <summary>The fixture (and so the emulator) this pool lives in.</summary>
    public EmulatorFixture Fixture { get; }

    /// <summary>The emulator running the pool (inbox, clock, faults, <c>TotpCode</c>).</summary>
    public CognitoEmulator Emulator => Fixture.Emulator;

    /// <summary>The emulator's pool (for custom-auth triggers and its own set-up helpers).</summary>
    public EmulatedUserPool Pool { get; }

    /// <summary>The user pool id, such as <c>us-east-1_AbC123</c>.</summary>
    public string PoolId => Pool.Id;

    /// <summary>The emulator's app client (for <c>ToConfiguration</c> and its secret-rotation helpers).</summary>
    public EmulatedUserPoolClient Client { get; }

    /// <summary>The app client id.</summary>
    public string ClientId { get; }

    /// <summary>The app client secret, when <see cref="TestPoolSettings.ClientSecret"/> was set.</summary>
    public string? ClientSecret { get; }

    /// <summary>An <see cref="ICognitoKit"/> for this pool and client (one service provider, made on first use).</summary>
    public ICognitoKit Kit => _kit.Value;

    /// <summary>
    /// A new <see cref="ICognitoKit"/> from a new service provider, as a second app instance would have (its own
    /// caches). <paramref name="configure"/> runs after the pool's settings, so it may override them.
    /// </summary>
    /// <param name="configure">Changes the options, if needed.</param>
    /// <param name="configureServices">Adds or replaces services.</param>
    /// <param name="configureKit">Configures the optional parts on the CognitoKit builder (for example admin credentials).</param>
    /// <returns>The façade.</returns>
    public ICognitoKit CreateKit(Action<CognitoKitOptions>? configure = null, Action<IServiceCollection>? configureServices = null, Action<ICognitoKitBuilder>? configureKit = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        ICognitoKitBuilder kit = services.AddCognitoKit(o =>
        {
            Configure(o);
            configure?.Invoke(o);
        });
        configureKit?.Invoke(kit);
        configureServices?.Invoke(services);
        return services.BuildServiceProvider().GetRequiredService<ICognitoKit>();
    }

    /// <summary>Points <paramref name="options"/> at this pool and client on the emulator (one attempt per call, no retries).</summary>
    /// <param name="options">The options of an instance.</param>
    public void Configure(CognitoKitOptions options)
    {
        options.UserPoolId = PoolId;
        options.ClientId = ClientId;
        options.ClientSecret = ClientSecret;
        options.UserPoolEndpoint = Fixture.Endpoint;
        options.MaxAttempts = 1;
    }

    /// <summary>Creates a confirmed user with a permanent password; a given email or phone number counts as verified.</summary>
    /// <param name="username">The username, or the email or phone number in a pool with <c>UsernameAttributes</c>.</param>
    /// <param name="password">The password.</param>
    /// <param name="attributes">Attributes such as <c>email</c> or <c>phone_number</c>.</param>
    /// <returns>The username Cognito knows the user by (a generated id in a pool with <c>UsernameAttributes</c>).</returns>
    public async Task<string> CreateUserAsync(string username, string password, IReadOnlyDictionary<string, string>? attributes = null)
    {
        EmulatedUser user = await Pool.AddUserAsync(username, password, attributes).ConfigureAwait(false);
        return user.Username;
    }

    /// <summary>
    /// Creates a user who must choose a new password at first sign-in (status <c>FORCE_CHANGE_PASSWORD</c>).
    /// </summary>
    /// <param name="username">The username, or the email or phone number in a pool with <c>UsernameAttributes</c>.</param>
    /// <param name="temporaryPassword">The temporary password.</param>
    /// <param name="attributes">Attributes to set.</param>
    /// <returns>The username Cognito knows the user by.</returns>
    public async Task<string> CreateUserWithTemporaryPasswordAsync(string username, string temporaryPassword, IReadOnlyDictionary<string, string>? attributes = null)
    {
        var list = new JsonArray();
        foreach (KeyValuePair<string, string> attribute in attributes ?? new Dictionary<string, string>())
        {
            list.Add(new JsonObject { ["Name"] = attribute.Key, ["Value"] = attribute.Value });
        }

        JsonObject response = await AdminAsync("AdminCreateUser", new JsonObject
        {
            ["Username"] = username,
            ["TemporaryPassword"] = temporaryPassword,
            ["MessageAction"] = "SUPPRESS",
            ["UserAttributes"] = list,
        }).ConfigureAwait(false);
        return (string?)response["User"]?["Username"] ?? username;
    }

    /// <summary>
    /// Calls any user-pools operation on this pool in process (no HTTP); for <c>Admin*</c> operations <c>UserPoolId</c>
    /// is added when the body lacks it. For set-up only: tests of CognitoKit itself go through <see cref="Kit"/>.
    /// </summary>
    /// <param name="operation">The operation, such as <c>AdminSetUserMFAPreference</c>.</param>
    /// <param name="body">The request members, named as in the model.</param>
    /// <returns>The response body.</returns>
    /// <exception cref="CognitoEmulatorException">The emulator refused the call.</exception>
    public Task<JsonObject> AdminAsync(string operation, JsonObject body)
    {
        if (operation.StartsWith("Admin", StringComparison.Ordinal))
        {
            body["UserPoolId"] ??= PoolId;
        }

        return Emulator.InvokeAsync(operation, body);
    }

    internal static async Task<TestPool> CreateAsync(EmulatorFixture fixture, TestPoolSettings settings)
    {
        EmulatedUserPool pool = await fixture.Emulator.CreateUserPoolAsync("test-" + Guid.NewGuid().ToString("N")[..8], request =>
        {
            request["UsernameAttributes"] = ToArray(settings.UsernameAttributes);
            request["AliasAttributes"] = ToArray(settings.AliasAttributes);
            request["AutoVerifiedAttributes"] = ToArray(settings.AutoVerifiedAttributes);
            request["MfaConfiguration"] = settings.MfaConfiguration;
            if (settings.AllowedFirstAuthFactors is { } factors)
            {
                request["Policies"] = new JsonObject { ["SignInPolicy"] = new JsonObject { ["AllowedFirstAuthFactors"] = ToArray(factors) } };
            }

            if (settings.DeviceTracking)
            {
                request["DeviceConfiguration"] = new JsonObject
                {
                    ["ChallengeRequiredOnNewDevice"] = settings.ChallengeRequiredOnNewDevice,
                    ["DeviceOnlyRememberedOnUserPrompt"] = settings.DeviceOnlyRememberedOnUserPrompt,
                };
            }

            if (settings.SmsMfa)
            {
                request["SmsConfiguration"] = new JsonObject { ["SnsCallerArn"] = "arn:aws:iam::000000000000:role/sms", ["ExternalId"] = "test" };
            }
        }).ConfigureAwait(false);

        if (settings.MfaConfiguration != "OFF")
        {
            await pool.SetMfaConfigAsync(settings.MfaConfiguration == "ON" ? MfaConfiguration.On : MfaConfiguration.Optional, settings.SmsMfa, settings.SoftwareTokenMfa, settings.EmailMfa).ConfigureAwait(false);
        }

        EmulatedUserPoolClient client = await pool.CreateClientAsync(
            generateSecret: settings.ClientSecret,
            explicitAuthFlows: settings.ExplicitAuthFlows,
            configure: request =>
            {
                if (settings.RefreshTokenRotation)
                {
                    request["RefreshTokenRotation"] = new JsonObject { ["Feature"] = "ENABLED", ["RetryGracePeriodSeconds"] = 0 };
                }
            }).ConfigureAwait(false);
        return new TestPool(fixture, pool, client);
    }

    private static JsonArray ToArray(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
