using System.Net;
using System.Net.Sockets;
using CognitoKit.Hosted;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CognitoKit.WebSample;

/// <summary>Builds and starts the sample: cookie sign-in backed by CognitoKit's hosted UI, against a real domain or an emulator.</summary>
public static class WebSampleHost
{
    /// <summary>The emulated demo user's name.</summary>
    public const string DemoUsername = "jane.doe";

    /// <summary>The emulated demo user's password.</summary>
    public const string DemoPassword = "Sample-Passw0rd!";

    /// <summary>The emulated demo user's display name.</summary>
    public const string DemoDisplayName = "Jane Doe";

    /// <summary>The command-line switch that starts a local emulator with the demo user (whose password is published).</summary>
    public const string EmulatorSwitch = "--emulator";

    /// <summary>The configuration key that does the same as <see cref="EmulatorSwitch"/> (<c>WebSample__UseEmulator=true</c>).</summary>
    public const string UseEmulatorKey = "WebSample:UseEmulator";

    /// <summary>
    /// Starts the sample against the user pool domain configured in <c>CognitoKit:HostedUI</c>, or, only when asked with
    /// <see cref="EmulatorSwitch"/> or <see cref="UseEmulatorKey"/>, against an in-process emulator with the demo user.
    /// </summary>
    /// <param name="args">Command-line arguments (<c>--urls</c>, <c>--emulator</c>, configuration overrides).</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running sample.</returns>
    /// <exception cref="InvalidOperationException">Neither a domain nor the emulator is configured, or both are.</exception>
    public static async Task<RunningWebSample> StartAsync(string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var emulatorAsked = args.Contains(EmulatorSwitch, StringComparer.Ordinal);

        // Taken out before configuration reads the rest: a bare "--emulator" would swallow the next argument as its value.
        var builder = WebApplication.CreateBuilder(args.Where(a => !string.Equals(a, EmulatorSwitch, StringComparison.Ordinal)).ToArray());
        emulatorAsked |= bool.TryParse(builder.Configuration[UseEmulatorKey], out var configured) && configured;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var address = ResolveAddress((builder.Configuration["urls"] ?? "http://127.0.0.1:5080").Split(';')[0]);
        builder.WebHost.UseUrls(address.AbsoluteUri);

        var hostedSection = builder.Configuration.GetSection(CognitoHostedUIOptions.SectionName);
        builder.Services.AddCognitoKit(builder.Configuration.GetSection("CognitoKit")).AddHostedUI(hostedSection);
        builder.Services.PostConfigure<CognitoHostedUIOptions>(o =>
        {
            o.RedirectUri ??= new Uri(address, "signin-callback");
            o.LogoutUri ??= address;
        });

        CognitoEmulator? emulator = null;
        EmulatedUserPool? pool = null;
        var domainConfigured = !string.IsNullOrEmpty(hostedSection["Domain"]);
        if (domainConfigured == emulatorAsked)
        {
            // Never an emulator by default: its demo user's password is in this file, so a sample deployed by mistake
            // must not come up with a sign-in anyone can use.
            throw new InvalidOperationException(domainConfigured
                ? $"Both {CognitoHostedUIOptions.SectionName}:Domain and {EmulatorSwitch} are set; choose the real user pool domain or the emulator."
                : $"No user pool domain is configured. Set {CognitoHostedUIOptions.SectionName}:Domain (with the CognitoKit section) for a real user pool, or pass {EmulatorSwitch} to run against a local emulator with a demo user.");
        }

        if (emulatorAsked)
        {
            (emulator, pool) = await StartEmulatorAsync(builder.Services, address, cancellationToken).ConfigureAwait(false);
        }

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "websample.auth";
                o.LoginPath = "/signin";
            });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        SampleEndpoints.Map(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new RunningWebSample(app, address, emulator, pool);
    }

    private static async Task<(CognitoEmulator, EmulatedUserPool)> StartEmulatorAsync(IServiceCollection services, Uri address, CancellationToken cancellationToken)
    {
        var emulator = await CognitoEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var pool = await emulator.CreateUserPoolAsync("web-sample", cancellationToken: cancellationToken).ConfigureAwait(false);
        var client = await pool.CreateOAuthClientAsync(
            callbackUrls: [new Uri(address, "signin-callback").AbsoluteUri],
            logoutUrls: [address.AbsoluteUri],
            identityProviders: ["COGNITO", HostedIdentityProviders.Google],
            cancellationToken: cancellationToken).ConfigureAwait(false);
        await pool.AddUserAsync(
            DemoUsername,
            DemoPassword,
            new Dictionary<string, string> { ["email"] = "jane.doe@example.com", ["name"] = DemoDisplayName },
            cancellationToken: cancellationToken).ConfigureAwait(false);

        services.AddCognitoKit(o =>
        {
            o.Region = emulator.Region;
            o.UserPoolId = pool.Id;
            o.ClientId = client.ClientId;
            o.UserPoolEndpoint = emulator.Endpoint;
        }).AddHostedUI(o => o.Domain = emulator.DomainEndpoint());
        return (emulator, pool);
    }

    /// <summary>The listen address; port 0 becomes a free port now, because the callback URL must be known before start.</summary>
    private static Uri ResolveAddress(string url)
    {
        var uri = new Uri(url);
        if (uri.Port != 0)
        {
            return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"{uri.Scheme}://{uri.Host}:{port}/");
    }
}
