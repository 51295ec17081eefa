using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A web app on Kestrel (127.0.0.1, a free port) whose sign-in endpoint keeps each browser's device in
/// <see cref="CognitoDeviceCookie"/>, over its own emulator: a pool with required-when-set TOTP that lets remembered
/// devices skip MFA. Each test makes its own users with <see cref="CreateTotpUserAsync"/>.
/// </summary>
public sealed class DeviceCookieSite : IAsyncLifetime
{
    public const string Password = "Corr3ct-Horse!";

    private CognitoEmulator? _emulator;
    private WebApplication? _app;

    public CognitoEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public EmulatedUserPool Pool { get; private set; } = null!;

    public EmulatedUserPoolClient Client { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public WebApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _emulator = await CognitoEmulator.StartAsync();
        Pool = await Emulator.CreateUserPoolAsync("device-cookie-pool", p =>
        {
            p["AliasAttributes"] = new JsonArray("email");
            p["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = true, ["DeviceOnlyRememberedOnUserPrompt"] = false };
        });
        await Pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true);
        Client = await Pool.CreateClientAsync("web-client");

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddCognitoKit(o =>
        {
            o.UserPoolId = Pool.Id;
            o.ClientId = Client.ClientId;
            o.UserPoolEndpoint = Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        builder.Services.AddCognitoDeviceCookie();
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        _app = builder.Build();
        _app.MapPost("/sign-in", SignInAsync);
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
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

    /// <summary>
    /// The app's sign-in: presents the device this browser kept for the user typed, opts in to a new one, answers TOTP
    /// when the form carries a code, and keeps what the sign-in says about the device. Answers <c>totp-required</c> or
    /// <c>signed-in user=... mfa=...</c>.
    /// </summary>
    private static async Task<IResult> SignInAsync(HttpContext http, ICognitoKit cognito, CognitoDeviceCookie devices)
    {
        IFormCollection form = await http.Request.ReadFormAsync();
        string username = form["username"].ToString();
        SignInStep step = await cognito.SignIn(username, form["password"].ToString())
            .WithDevice(devices.Read(http, username))
            .TrackNewDevice("Test browser")
            .SendAsync(http.RequestAborted);
        bool mfa = false;
        if (step is TotpCodeRequired totp)
        {
            mfa = true;
            if (string.IsNullOrEmpty(form["code"]))
            {
                return Results.Text("totp-required");
            }

            step = await totp.AnswerAsync(form["code"].ToString(), http.RequestAborted);
        }

        var signedIn = (SignedIn)step;
        devices.Write(http, username, signedIn);
        return Results.Text($"signed-in user={signedIn.Session.Username} mfa={mfa} refused={signedIn.DeviceRefused}");
    }

    /// <summary>Creates a user (email <c>username@example.com</c>) with TOTP enrolled and preferred; returns the authenticator's secret.</summary>
    public async Task<string> CreateTotpUserAsync(string username)
    {
        await Pool.AddUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = Pool.Id;
            o.ClientId = Client.ClientId;
            o.UserPoolEndpoint = Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        var signedIn = Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(CancellationToken.None));
        CognitoAccount account = kit.Account(signedIn.Session);
        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        await account.Mfa.CompleteTotpEnrollmentAsync(Emulator.TotpCode(enrollment.SecretCode), "Phone");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);
        return enrollment.SecretCode;
    }
}
