using CognitoKit.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CognitoKit.WebSample.Pages;

/// <summary>The app's own sign-in page: username and password (SRP on the server), then the challenge page if Cognito asks more.</summary>
public sealed class SignInModel : PageModel
{
    private readonly ICognitoWebSignIn web;

    /// <summary>Creates the page.</summary>
    /// <param name="web">The web sign-in.</param>
    public SignInModel(ICognitoWebSignIn web) => this.web = web;

    /// <summary>Where to go after signing in; only a local URL is ever followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The username typed, shown again after a failure.</summary>
    [BindProperty]
    public string? Username { get; set; }

    /// <summary>The password typed; never shown again.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>What went wrong, without saying whether the user exists.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form; a message from a sign-in that could not go on, when there is one.</summary>
    /// <param name="error">A known reason code from the challenge page, or a <see cref="CognitoHostedSignInFailure"/> name from a hosted sign-in.</param>
    public void OnGet(string? error = null) => Error = error switch
    {
        "expired" => "The sign-in took too long or was already used. Start again.",
        nameof(CognitoHostedSignInFailure.AccessDenied) => "The sign-in was cancelled. Start again when you are ready.",
        nameof(CognitoHostedSignInFailure.InvalidState) => "That sign-in was not started in this browser, took too long or was already used. Start the sign-in again.",
        nameof(CognitoHostedSignInFailure.ProviderError) => "The sign-in service refused the sign-in. Start again, or sign in with your password.",
        nameof(CognitoHostedSignInFailure.TokenRejected) => "The sign-in could not be completed. Start the sign-in again.",
        nameof(CognitoHostedSignInFailure.Unavailable) => "The sign-in service could not be reached. Try again in a moment.",
        _ => null,
    };

    /// <summary>Starts the sign-in.</summary>
    /// <returns>The next page.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        var result = await web.SignInAsync(HttpContext, Username ?? string.Empty, Password ?? string.Empty, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case CognitoWebSignInStatus.SignedIn:
                return LocalRedirect(web.GetSafeReturnUrl(ReturnUrl));
            case CognitoWebSignInStatus.ChallengeRequired:
                return RedirectToPage("/SignInChallenge", new { returnUrl = web.GetSafeReturnUrl(ReturnUrl) });
            default:
                Error = result.Error;
                return Page();
        }
    }

    /// <summary>Starts a passkey sign-in for the username posted: the request options as JSON, or 400 with a message.</summary>
    /// <returns>The options for <c>navigator.credentials.get</c>.</returns>
    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        var result = await web.SignInWithPasskeyAsync(HttpContext, Username ?? string.Empty, HttpContext.RequestAborted);
        return result.Challenge is PasskeyRequired passkey
            ? Content(passkey.RequestOptionsJson, "application/json")
            : BadRequest(result.Error ?? "There is no passkey for this sign-in: sign in with your password.");
    }

    /// <summary>Answers the passkey sign-in with the browser's assertion (<c>credential.toJSON()</c>) in the body.</summary>
    /// <param name="next">Where to go once signed in (the page's return URL); only a local URL is ever followed.</param>
    /// <returns>The local URL to go to once signed in, or 400 with a message.</returns>
    public async Task<IActionResult> OnPostPasskeyAnswerAsync(string? next)
    {
        if (web.GetPendingChallenge(HttpContext) is not PasskeyRequired)
        {
            return BadRequest("Start the passkey sign-in again.");
        }

        using var body = new StreamReader(Request.Body);
        var credential = await body.ReadToEndAsync(HttpContext.RequestAborted);
        var result = await web.AnswerAsync(
            HttpContext,
            (challenge, ct) => ((PasskeyRequired)challenge).AnswerAsync(credential, ct),
            HttpContext.RequestAborted);
        return result.Status == CognitoWebSignInStatus.SignedIn
            ? Content(web.GetSafeReturnUrl(next), "text/plain")
            : BadRequest(result.Error ?? "The passkey was not accepted. Sign in with your password.");
    }
}
