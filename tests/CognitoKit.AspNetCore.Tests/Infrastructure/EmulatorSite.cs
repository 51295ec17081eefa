using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A web app on Kestrel (127.0.0.1, a free port) over its own emulator: a pool with optional TOTP whose new devices are
/// challenged, one app client, CognitoKit and <see cref="CognitoDeviceCookie"/> with ephemeral data protection. A
/// subclass names the pool, adds its services and maps its endpoints.
/// </summary>
public abstract class EmulatorSite : IAsyncLifetime
{
    public const string Password = "Corr3ct-Horse!";

    private readonly TimeProvider? _clock;
    private CognitoEmulator? _emulator;
    private WebApplication? _app;

    /// <param name="clock">The clock the emulator and the app share; <c>null</c> for the system clock.</param>
    protected EmulatorSite(TimeProvider? clock = null) => _clock = clock;

    public CognitoEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public EmulatedUserPool Pool { get; private set; } = null!;

    public EmulatedUserPoolClient Client { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public WebApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _emulator = await CognitoEmulator.StartAsync(_clock is null ? null : new CognitoEmulatorOptions { TimeProvider = _clock });
        Pool = await Emulator.CreateUserPoolAsync(PoolName, p =>
        {
            ConfigurePool(p);
            p["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = true, ["DeviceOnlyRememberedOnUserPrompt"] = false };
        });
        await Pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true);
        Uri? address = ListensOnAFixedPort ? FreeLoopbackAddress() : null;
        Client = await CreateClientAsync(address);

        _app = await TestApp.StartAsync(
            builder =>
            {
                if (address is not null)
                {
                    builder.WebHost.UseUrls(address.GetLeftPart(UriPartial.Authority));
                }

                if (_clock is not null)
                {
                    builder.Services.AddSingleton<TimeProvider>(_clock);
                }

                builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
                builder.Services.AddCognitoKit(ConfigureKit);
                builder.Services.AddCognitoDeviceCookie();
                ConfigureServices(builder.Services);
            },
            MapEndpoints);
        Address = _app.Address();
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

    /// <summary>A separate client app of the same pool (another device of the user), on the site's clock.</summary>
    public ServiceProvider CreateOtherDevice()
    {
        var services = new ServiceCollection();
        if (_clock is not null)
        {
            services.AddSingleton<TimeProvider>(_clock);
        }

        services.AddCognitoKit(ConfigureKit);
        return services.BuildServiceProvider();
    }

    /// <summary>The pool's name.</summary>
    protected abstract string PoolName { get; }

    /// <summary>
    /// Whether the app's address is chosen before the app client is made (a free port, probed), for app clients that must
    /// list the app's callback URLs.
    /// </summary>
    protected virtual bool ListensOnAFixedPort => false;

    /// <summary>Makes the app client CognitoKit uses; <paramref name="address"/> is the app's address when <see cref="ListensOnAFixedPort"/>.</summary>
    protected virtual Task<EmulatedUserPoolClient> CreateClientAsync(Uri? address) => Pool.CreateClientAsync("web-client");

    /// <summary>Adds to the <c>CreateUserPool</c> request (the device configuration is set after).</summary>
    protected virtual void ConfigurePool(JsonObject request)
    {
    }

    /// <summary>Adds the app's own services (after CognitoKit and the device cookie).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Adds the app's middleware and endpoints.</summary>
    protected abstract void MapEndpoints(WebApplication app);

    /// <summary>Signs an existing user in from another device, enrolls TOTP and prefers it; returns the authenticator's secret.</summary>
    protected async Task<string> EnrollTotpAsync(string username)
    {
        await using ServiceProvider provider = CreateOtherDevice();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        var signedIn = Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(CancellationToken.None));
        CognitoAccount account = kit.Account(signedIn.Session);
        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        await account.Mfa.CompleteTotpEnrollmentAsync(Emulator.TotpCode(enrollment.SecretCode), "Phone");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);
        return enrollment.SecretCode;
    }

    private static Uri FreeLoopbackAddress()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        int port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private void ConfigureKit(CognitoKitOptions o)
    {
        o.UserPoolId = Pool.Id;
        o.ClientId = Client.ClientId;
        o.UserPoolEndpoint = Emulator.Endpoint;
        o.MaxAttempts = 1;
    }
}
