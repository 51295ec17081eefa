using CognitoKit.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CognitoKit.WebSample.Pages;

/// <summary>Signs out (POST only, with the antiforgery token): this browser, or with <c>everywhere</c> every session of the user.</summary>
public sealed class SignOutModel : PageModel
{
    private readonly ICognitoWebSignIn web;
    private readonly ICognitoKit cognito;

    /// <summary>Creates the page.</summary>
    /// <param name="web">The web sign-in.</param>
    /// <param name="cognito">The façade, for hosted UI sessions.</param>
    public SignOutModel(ICognitoWebSignIn web, ICognitoKit cognito)
    {
        this.web = web;
        this.cognito = cognito;
    }

    /// <summary>Signs out.</summary>
    /// <param name="everywhere">Whether to end the user's sessions on every device.</param>
    /// <returns>The signed-out page (through the domain's sign-out for hosted UI users).</returns>
    public async Task<IActionResult> OnPostAsync(bool everywhere = false)
    {
        if (Request.Cookies.ContainsKey(WebSampleHost.HostedCookieName))
        {
            return Redirect((await HostedSignInEndpoints.SignOutAsync(HttpContext, cognito)).AbsoluteUri);
        }

        await web.SignOutAsync(HttpContext, everywhere, HttpContext.RequestAborted);
        return RedirectToPage("/SignedOut");
    }
}
