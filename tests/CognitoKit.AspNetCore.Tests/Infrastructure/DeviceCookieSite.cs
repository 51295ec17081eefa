using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A web app on Kestrel (127.0.0.1, a free port) whose sign-in endpoint keeps each browser's device in
/// <see cref="CognitoDeviceCookie"/>, over its own emulator: a pool with required-when-set TOTP that lets remembered
/// devices skip MFA. Each test makes its own users with <see cref="CreateTotpUserAsync"/>.
/// </summary>
public sealed class DeviceCookieSite : EmulatorSite
{
    protected override string PoolName => "device-cookie-pool";

    protected override void ConfigurePool(JsonObject request) => request["AliasAttributes"] = new JsonArray("email");

    protected override void MapEndpoints(WebApplication app) => app.MapPost("/sign-in", SignInAsync);

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
        return await EnrollTotpAsync(username);
    }
}
