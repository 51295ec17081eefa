using CognitoKit.AspNetCore;
using CognitoKit.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CognitoKit.WebSample.Pages;

/// <summary>The signed-in user's account: profile, password, authenticator app (with a QR code), passkeys, devices, sign-out.</summary>
public sealed class AccountModel : PageModel
{
    private static readonly string[] ShownClaims = ["name", "email", "cognito:username", "sub", "auth_time"];

    private readonly ICognitoKit cognito;
    private readonly ICognitoSessionAccessor sessions;
    private readonly CognitoDeviceCookie deviceCookie;
    private readonly ICognitoWebSignIn web;
    private CognitoSession? session;

    /// <summary>Creates the page.</summary>
    /// <param name="cognito">The façade.</param>
    /// <param name="sessions">The signed-in user's session (tokens stay on the server).</param>
    /// <param name="deviceCookie">This browser's remembered device.</param>
    /// <param name="web">The web sign-in, to end a session Cognito no longer accepts.</param>
    public AccountModel(ICognitoKit cognito, ICognitoSessionAccessor sessions, CognitoDeviceCookie deviceCookie, ICognitoWebSignIn web)
    {
        this.web = web;
        this.cognito = cognito;
        this.sessions = sessions;
        this.deviceCookie = deviceCookie;
    }

    /// <summary>The profile rows, from the validated ID token's claims.</summary>
    public IReadOnlyList<(string Name, string Value)> Profile { get; private set; } = [];

    /// <summary>Whether the signed-in user's session was found (own pages, hosted UI and social providers alike).</summary>
    public bool HasSession => session is not null;

    /// <summary>The user's MFA settings.</summary>
    public MfaSettings? Mfa { get; private set; }

    /// <summary>The user's tracked devices.</summary>
    public IReadOnlyList<CognitoDevice> Devices { get; private set; } = [];

    /// <summary>The user's passkeys.</summary>
    public IReadOnlyList<CognitoPasskey> Passkeys { get; private set; } = [];

    /// <summary>Why the passkeys could not be listed (the user pool does not offer them), or null.</summary>
    public string? PasskeysUnavailable { get; private set; }

    /// <summary>An authenticator enrolment in progress, shown as a QR code.</summary>
    public TotpEnrollment? Enrollment { get; private set; }

    /// <summary>What the last action did.</summary>
    public string? Notice { get; private set; }

    /// <summary>What went wrong with the last action.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the account.</summary>
    /// <param name="done">A known notice code after an action.</param>
    /// <returns>The page, or the sign-in page when Cognito no longer accepts the session's tokens.</returns>
    public async Task<IActionResult> OnGetAsync(string? done = null)
    {
        Notice = done switch
        {
            "password" => "Your password was changed.",
            "totp" => "Your authenticator app is on: sign-in will ask for its code.",
            "device" => "The device was forgotten.",
            "passkey" => "Your passkey was added: you can sign in with it instead of your password.",
            "passkey-deleted" => "The passkey was deleted.",
            _ => null,
        };
        try
        {
            await LoadAsync();
            return Page();
        }
        catch (NotAuthorizedException)
        {
            // The tokens were revoked (signed out everywhere, from another app): this browser's session is over too.
            await web.SignOutAsync(HttpContext, cancellationToken: HttpContext.RequestAborted);
            return RedirectToPage("/SignIn", new { returnUrl = "/Account" });
        }
    }

    /// <summary>Changes the password.</summary>
    /// <param name="currentPassword">The current password.</param>
    /// <param name="newPassword">The new password.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostChangePasswordAsync(string? currentPassword, string? newPassword) =>
        ActAsync("password", account => account.ChangePasswordAsync(currentPassword ?? string.Empty, newPassword ?? string.Empty, HttpContext.RequestAborted));

    /// <summary>Starts enrolling an authenticator app: shows the QR code.</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostBeginTotpAsync()
    {
        if (await AccountAsync() is not { } account)
        {
            return RedirectToPage();
        }

        Enrollment = await account.Mfa.BeginTotpEnrollmentAsync(HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    /// <summary>Finishes the enrolment with a code from the app and makes TOTP the sign-in's second factor.</summary>
    /// <param name="code">The code the app shows.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostVerifyTotpAsync(string? code) =>
        ActAsync("totp", async account =>
        {
            await account.Mfa.CompleteTotpEnrollmentAsync((code ?? string.Empty).Trim(), "Authenticator app", HttpContext.RequestAborted);
            await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred, cancellationToken: HttpContext.RequestAborted);
        });

    /// <summary>Forgets a device; forgetting this browser's also drops its device cookie.</summary>
    /// <param name="deviceKey">The device key.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostForgetDeviceAsync(string? deviceKey) =>
        ActAsync("device", async account =>
        {
            var current = account.Session.DeviceKey;
            await account.Devices.ForgetAsync(deviceKey ?? string.Empty, HttpContext.RequestAborted);
            if (string.Equals(current, deviceKey, StringComparison.Ordinal))
            {
                deviceCookie.Remove(HttpContext);
            }
        });

    /// <summary>Starts adding a passkey: the creation options for <c>navigator.credentials.create</c>, as JSON.</summary>
    /// <returns>The options, or 400 with a message.</returns>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        if (await AccountAsync() is not { } account)
        {
            return Unauthorized();
        }

        try
        {
            return Content(await account.Passkeys.StartRegistrationAsync(HttpContext.RequestAborted), "application/json");
        }
        catch (CognitoException)
        {
            return BadRequest("Passkeys cannot be added to this account now.");
        }
    }

    /// <summary>Saves the passkey the browser made (<c>credential.toJSON()</c> in the body).</summary>
    /// <returns>204, or 400 with a message.</returns>
    public async Task<IActionResult> OnPostAddPasskeyAsync()
    {
        if (await AccountAsync() is not { } account)
        {
            return Unauthorized();
        }

        using var body = new StreamReader(Request.Body);
        var credential = await body.ReadToEndAsync(HttpContext.RequestAborted);
        try
        {
            await account.Passkeys.CompleteRegistrationAsync(credential, HttpContext.RequestAborted);
            return new NoContentResult();
        }
        catch (Exception ex) when (ex is ArgumentException or CognitoException)
        {
            return BadRequest("The passkey was not accepted. Try again.");
        }
    }

    /// <summary>Deletes one of the user's passkeys.</summary>
    /// <param name="credentialId">The passkey's credential id.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostDeletePasskeyAsync(string? credentialId) =>
        ActAsync("passkey-deleted", account => account.Passkeys.DeleteAsync(credentialId ?? string.Empty, HttpContext.RequestAborted));

    private async Task<IActionResult> ActAsync(string done, Func<CognitoAccount, Task> action)
    {
        if (await AccountAsync() is not { } account)
        {
            return RedirectToPage();
        }

        try
        {
            await action(account);
            return RedirectToPage(new { done });
        }
        catch (Exception ex) when (ex is ArgumentException or CognitoException)
        {
            Error = ex switch
            {
                NotAuthorizedException => "The current password is not right.",
                InvalidPasswordException or InvalidParameterException or PasswordHistoryPolicyViolationException => "That password cannot be used: choose a longer one with upper and lower case letters, digits and a symbol.",
                CodeMismatchException or EnableSoftwareTokenMFAException => "That code is not right. Try again with the code the app shows now.",
                ArgumentException => "Fill in every field (a code has six digits).",
                _ => "That did not work. Try again later.",
            };
            await LoadAsync();
            return Page();
        }
    }

    private async Task<CognitoAccount?> AccountAsync()
    {
        session ??= await sessions.GetSessionAsync(HttpContext.RequestAborted);
        return session is null ? null : cognito.Account(session);
    }

    private async Task LoadAsync()
    {
        Profile = ShownClaims
            .Select(name => (Name: name, Value: User.FindFirst(name)?.Value))
            .Where(row => !string.IsNullOrEmpty(row.Value))
            .Select(row => row.Name == "auth_time" && long.TryParse(row.Value, out var seconds)
                ? ("signed in at", DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture))
                : (row.Name, row.Value!))
            .ToList();
        if (await AccountAsync() is { } account)
        {
            Mfa = await account.Mfa.GetSettingsAsync(HttpContext.RequestAborted);
            Devices = await account.Devices.ListAsync(HttpContext.RequestAborted);
            try
            {
                Passkeys = await account.Passkeys.ListAsync(HttpContext.RequestAborted);
            }
            catch (Exception ex) when (ex is CognitoException and not NotAuthorizedException)
            {
                PasskeysUnavailable = "Passkeys are not available for this account.";
            }
        }
    }
}
