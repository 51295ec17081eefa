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

    /// <summary>Starts the sample.</summary>
    /// <param name="args">Command-line arguments (<c>--urls</c>, configuration overrides).</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running sample.</returns>
    public static async Task<RunningWebSample> StartAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var address = ResolveAddress((builder.Configuration["urls"] ?? "http://127.0.0.1:5080").Split(';')[0]);
        builder.WebHost.UseUrls(address.AbsoluteUri);

        var hostedSection = builder.Configuration.GetSection(CognitoHostedUIOptions.SectionName);
        builder.Services.AddCognitoKit(builder.Configuration.GetSection("CognitoKit"));
        builder.Services.AddCognitoHostedUI(hostedSection);
        builder.Services.PostConfigure<CognitoHostedUIOptions>(o =>
        {
            o.RedirectUri ??= new Uri(address, "signin-callback");
            o.LogoutUri ??= address;
        });

        CognitoEmulator? emulator = null;
        EmulatedUserPool? pool = null;
        if (string.IsNullOrEmpty(hostedSection["Domain"]))
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
        });
        services.AddCognitoHostedUI(o => o.Domain = emulator.DomainEndpoint());
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
