using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CognitoKit.AspNetCore;
using CognitoKit.Hosted;
using CognitoKit.Testing;
using Microsoft.Extensions.Options;

namespace CognitoKit.WebSample;

/// <summary>
/// Builds and starts the sample: Razor Pages signed in with <c>AddCognitoWebSignIn</c> (the app's own pages) or through
/// the hosted UI, against a real user pool or an emulator.
/// </summary>
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
    /// Starts a sign-in through the hosted UI (<c>?provider=Google</c> goes straight to that provider, <c>?returnUrl=</c>
    /// says where to land); it ends in the same web sign-in session as the own pages.
    /// </summary>
    public const string HostedSignInPath = "/sign-in/hosted";

    /// <summary>
    /// Starts the sample against the user pool configured in <c>CognitoKit</c> (with <c>CognitoKit:HostedUI</c>), or,
    /// only when asked with <see cref="EmulatorSwitch"/> or <see cref="UseEmulatorKey"/>, against an in-process emulator with the demo user.
    /// </summary>
    /// <param name="args">Command-line arguments (<c>--urls</c>, <c>--emulator</c>, configuration overrides).</param>
    /// <param name="options">What a test changes (a shared clock); null for none.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running sample.</returns>
    /// <exception cref="InvalidOperationException">Neither a domain nor the emulator is configured, or both are.</exception>
    public static async Task<RunningWebSample> StartAsync(string[] args, WebSampleHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        options ??= new WebSampleHostOptions();
        var emulatorAsked = args.Contains(EmulatorSwitch, StringComparer.Ordinal);

        // Taken out before configuration reads the rest: a bare "--emulator" would swallow the next argument as its value.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => !string.Equals(a, EmulatorSwitch, StringComparison.Ordinal)).ToArray(),
            ApplicationName = typeof(WebSampleHost).Assembly.GetName().Name,
            ContentRootPath = ContentRoot(),
        });
        emulatorAsked |= bool.TryParse(builder.Configuration[UseEmulatorKey], out var configured) && configured;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // localhost, not 127.0.0.1: browsers refuse an IP address as a passkey's relying party id.
        var address = ResolveAddress((builder.Configuration["urls"] ?? "http://localhost:5080").Split(';')[0]);
        builder.WebHost.UseUrls(address.AbsoluteUri);
        if (options.TimeProvider is { } clock)
        {
            builder.Services.AddSingleton(clock);
        }

        var hostedSection = builder.Configuration.GetSection(CognitoHostedUIOptions.SectionName);
        builder.Services.AddCognitoKit(builder.Configuration.GetSection("CognitoKit")).AddHostedUI(hostedSection);

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
            (emulator, pool) = await StartEmulatorAsync(builder.Services, address, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        builder.Services.AddCognitoDeviceCookie();
        // One session for every way in: the own pages, the hosted UI and social providers through it. The hosted UI comes
        // back to /signin-cognito and /signout-cognito (the defaults), answered by UseAuthentication below; a failed hosted
        // sign-in lands on /sign-in with ?error=.
        builder.Services.AddAuthentication(CognitoWebSignInDefaults.AuthenticationScheme)
            .AddCognitoWebSignIn(o => o.SignInPath = "/sign-in");
        builder.Services.AddAuthorization();
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Account"));

        var app = builder.Build();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet(HostedSignInPath, (HttpContext context, ICognitoWebSignIn web, string? provider, string? returnUrl) =>
            web.ChallengeHostedUIAsync(context, returnUrl, provider, context.RequestAborted));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new RunningWebSample(app, address, emulator, pool);
    }

    /// <summary>The user's display name: the <c>name</c> claim, else the username.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <returns>The name to show.</returns>
    internal static string DisplayName(ClaimsPrincipal user) =>
        user.FindFirst("name")?.Value ?? user.Identity?.Name ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "?";

    /// <summary>Whether a user pool domain is configured, so that "Sign out of the hosted UI too" can be offered.</summary>
    /// <param name="context">The current request.</param>
    /// <returns>True with a hosted UI.</returns>
    internal static bool HasHostedUI(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<CognitoHostedUIOptions>>().Value.Domain is not null;

    private static async Task<(CognitoEmulator, EmulatedUserPool)> StartEmulatorAsync(
        IServiceCollection services, Uri address, TimeProvider? clock, CancellationToken cancellationToken)
    {
        var emulator = await CognitoEmulator.StartAsync(
            new CognitoEmulatorOptions { TimeProvider = clock ?? TimeProvider.System }, cancellationToken).ConfigureAwait(false);

        // Remembered browsers skip MFA, and a browser is remembered only when the user ticks "remember this browser".
        var pool = await emulator.CreateUserPoolAsync(
            "web-sample",
            request =>
            {
                // Sign-up (the hosted page's too) confirms the email address with a code.
                request["AutoVerifiedAttributes"] = new JsonArray("email");
                request["DeviceConfiguration"] = new JsonObject
                {
                    ["ChallengeRequiredOnNewDevice"] = true,
                    ["DeviceOnlyRememberedOnUserPrompt"] = true,
                };
                // Passkeys as a first factor (the app client allows USER_AUTH: every flow is allowed by default).
                request["Policies"] = new JsonObject
                {
                    ["SignInPolicy"] = new JsonObject { ["AllowedFirstAuthFactors"] = new JsonArray("PASSWORD", "WEB_AUTHN") },
                };
            },
            cancellationToken).ConfigureAwait(false);
        await pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        // The relying party is the app's host: passkeys work when the sample is opened on http://localhost:PORT (the
        // emulator accepts http:// for a localhost relying party); opened on 127.0.0.1 the browser refuses them.
        await pool.SetWebAuthnConfigAsync(address.Host, cancellationToken: cancellationToken).ConfigureAwait(false);
        var client = await pool.CreateOAuthClientAsync(
            // The web sign-in's CallbackPath and SignedOutCallbackPath (their defaults) on this app's address.
            callbackUrls: [new Uri(address, "signin-cognito").AbsoluteUri],
            logoutUrls: [new Uri(address, "signout-cognito").AbsoluteUri],
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

    /// <summary>
    /// The project folder when run from source (pages and wwwroot are found there by <c>dotnet run</c> and by tests that
    /// start the sample in their own process), else the app's folder.
    /// </summary>
    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CognitoKit.WebSample.csproj")))
            {
                return dir.FullName;
            }

            var sibling = Path.Combine(dir.FullName, "samples", "CognitoKit.WebSample");
            if (File.Exists(Path.Combine(sibling, "CognitoKit.WebSample.csproj")))
            {
                return sibling;
            }
        }

        return AppContext.BaseDirectory;
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
