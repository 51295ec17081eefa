using CognitoKit.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CognitoKit.WebSample.Pages;

/// <summary>
/// The step Cognito asks after the password: an authenticator, SMS or email code, a choice of second factor, setting up
/// an authenticator, or a new password. The challenge itself stays on the server (<see cref="ICognitoWebSignIn"/>).
/// </summary>
public sealed class SignInChallengeModel : PageModel
{
    /// <summary>The issuer authenticator apps show next to the account.</summary>
    public const string Issuer = "CognitoKit sample";

    private readonly ICognitoWebSignIn web;
    private readonly ICognitoKit cognito;
    private readonly ICognitoSessionAccessor sessions;

    /// <summary>Creates the page.</summary>
    /// <param name="web">The web sign-in.</param>
    /// <param name="cognito">The façade, to remember this browser's device.</param>
    /// <param name="sessions">The signed-in session.</param>
    public SignInChallengeModel(ICognitoWebSignIn web, ICognitoKit cognito, ICognitoSessionAccessor sessions)
    {
        this.web = web;
        this.cognito = cognito;
        this.sessions = sessions;
    }

    /// <summary>Where to go after signing in; only a local URL is ever followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The challenge shown.</summary>
    public SignInChallenge? Pending { get; private set; }

    /// <summary>What went wrong with the last answer.</summary>
    public string? Error { get; private set; }

    /// <summary>The page title for the challenge.</summary>
    public string Title => Pending switch
    {
        TotpCodeRequired => "Authenticator code",
        SmsCodeRequired => "Text message code",
        EmailCodeRequired => "Email code",
        MfaSelectionRequired => "Choose a second factor",
        TotpSetupRequired => "Set up an authenticator app",
        NewPasswordRequired => "New password",
        _ => "One more step",
    };

    /// <summary>How an MFA option is offered.</summary>
    /// <param name="type">The option.</param>
    /// <returns>Its label.</returns>
    public static string Describe(MfaType type) => type switch
    {
        MfaType.Totp => "Authenticator app",
        MfaType.Sms => "Text message",
        MfaType.Email => "Email",
        _ => type.ToString(),
    };

    /// <summary>Shows the pending challenge, or sends the browser back to the sign-in page when there is none.</summary>
    /// <returns>The page.</returns>
    public IActionResult OnGet()
    {
        Pending = web.GetPendingChallenge(HttpContext);
        return Pending is null ? RedirectToPage("/SignIn", new { error = "expired", returnUrl = web.GetSafeReturnUrl(ReturnUrl) }) : Page();
    }

    /// <summary>Answers a code challenge (authenticator, SMS or email).</summary>
    /// <param name="code">The code typed.</param>
    /// <param name="remember">Whether to remember this browser.</param>
    /// <returns>The next page.</returns>
    public Task<IActionResult> OnPostCodeAsync(string? code, bool remember) =>
        AnswerAsync(remember, (challenge, ct) => challenge switch
        {
            TotpCodeRequired totp => totp.AnswerAsync(Trim(code), ct),
            SmsCodeRequired sms => sms.AnswerAsync(Trim(code), ct),
            EmailCodeRequired email => email.AnswerAsync(Trim(code), ct),
            _ => throw new ArgumentException("This sign-in is not waiting on a code.", nameof(code)),
        });

    /// <summary>Chooses the second factor.</summary>
    /// <param name="method">The factor chosen.</param>
    /// <returns>The next page.</returns>
    public Task<IActionResult> OnPostChooseAsync(MfaType method) =>
        AnswerAsync(remember: false, (challenge, ct) => challenge is MfaSelectionRequired selection
            ? selection.ChooseAsync(method, ct)
            : throw new ArgumentException("This sign-in is not waiting on a choice.", nameof(method)));

    /// <summary>Finishes setting up an authenticator app during sign-in.</summary>
    /// <param name="code">The code the app shows.</param>
    /// <param name="remember">Whether to remember this browser.</param>
    /// <returns>The next page.</returns>
    public Task<IActionResult> OnPostSetupAsync(string? code, bool remember) =>
        AnswerAsync(remember, (challenge, ct) => challenge is TotpSetupRequired setup
            ? setup.VerifyAsync(Trim(code), "Authenticator app", ct)
            : throw new ArgumentException("This sign-in is not setting up an authenticator.", nameof(code)));

    /// <summary>Sets the new password Cognito asks for.</summary>
    /// <param name="newPassword">The new password.</param>
    /// <returns>The next page.</returns>
    public Task<IActionResult> OnPostNewPasswordAsync(string? newPassword) =>
        AnswerAsync(remember: false, (challenge, ct) => challenge is NewPasswordRequired required
            ? required.SetPasswordAsync(newPassword ?? string.Empty, ct)
            : throw new ArgumentException("This sign-in is not waiting on a new password.", nameof(newPassword)));

    private static string Trim(string? code) => (code ?? string.Empty).Trim();

    private async Task<IActionResult> AnswerAsync(bool remember, Func<SignInChallenge, CancellationToken, Task<SignInStep>> answer)
    {
        var result = await web.AnswerAsync(HttpContext, answer, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case CognitoWebSignInStatus.SignedIn:
                if (remember)
                {
                    await RememberThisBrowserAsync();
                }

                return LocalRedirect(web.GetSafeReturnUrl(ReturnUrl));
            case CognitoWebSignInStatus.ChallengeRequired when result.Error is null:
                return RedirectToPage(new { returnUrl = web.GetSafeReturnUrl(ReturnUrl) });
            case CognitoWebSignInStatus.ChallengeRequired:
                Pending = result.Challenge;
                Error = result.Error;
                return Page();
            default:
                return RedirectToPage("/SignIn", new { error = "expired", returnUrl = web.GetSafeReturnUrl(ReturnUrl) });
        }
    }

    /// <summary>
    /// The pool remembers a device only when the user asks (DeviceOnlyRememberedOnUserPrompt): the sign-in confirmed this
    /// browser's device and the device cookie keeps its secrets; marking it remembered lets the next sign-in skip MFA.
    /// </summary>
    private async Task RememberThisBrowserAsync()
    {
        if (await sessions.GetSessionAsync(HttpContext.RequestAborted) is { DeviceKey: { } deviceKey } session)
        {
            await cognito.Account(session).Devices.RememberAsync(deviceKey, HttpContext.RequestAborted);
        }
    }
}
