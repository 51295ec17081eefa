using CognitoKit.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CognitoKit.WebSample.Pages;

/// <summary>
/// Signs out (POST only, with the antiforgery token): this browser, or with <c>everywhere</c> every session of the user;
/// with <c>hosted</c>, the hosted UI's own session on the user pool domain too.
/// </summary>
public sealed class SignOutModel : PageModel
{
    private readonly ICognitoWebSignIn web;

    /// <summary>Creates the page.</summary>
    /// <param name="web">The web sign-in.</param>
    public SignOutModel(ICognitoWebSignIn web) => this.web = web;

    /// <summary>Signs out.</summary>
    /// <param name="everywhere">Whether to end the user's sessions on every device.</param>
    /// <param name="hosted">Whether to end the hosted UI's session too, so that its next sign-in asks for the password again.</param>
    /// <returns>The signed-out page (through the domain's <c>/logout</c> with <paramref name="hosted"/>).</returns>
    public async Task<IActionResult> OnPostAsync(bool everywhere = false, bool hosted = false)
    {
        if (hosted && WebSampleHost.HasHostedUI(HttpContext))
        {
            // Signs out here, then redirects through the domain's /logout, which comes back to /signout-cognito and then here.
            await web.SignOutHostedUIAsync(HttpContext, "/signed-out", everywhere, HttpContext.RequestAborted);
            return new EmptyResult();
        }

        await web.SignOutAsync(HttpContext, everywhere, HttpContext.RequestAborted);
        return RedirectToPage("/SignedOut");
    }
}
