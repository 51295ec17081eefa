using System.Net;
using System.Security.Claims;
using System.Text;
using CognitoKit.Hosted;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.WebSample;

/// <summary>
/// The hosted UI way in: <c>/hosted-sign-in</c> sends the browser to the user pool domain (or straight to a social
/// provider), <c>/signin-callback</c> completes the code flow and signs the user in with the hosted cookie scheme.
/// </summary>
internal static class HostedSignInEndpoints
{
    public const string StartPath = "/hosted-sign-in";
    private const string PendingCookie = "websample.signin";
    private const string Purpose = "CognitoKit.WebSample.PendingSignIn";

    public static void Map(WebApplication app)
    {
        app.MapGet(StartPath, (HttpContext context, ICognitoKit cognito, IDataProtectionProvider protection, string? provider) =>
        {
            var authorization = cognito.HostedUI.CreateAuthorization(new HostedSignInCommand { IdentityProvider = provider });
            var protector = protection.CreateProtector(Purpose);
            var kept = string.Join('\n', authorization.State, authorization.Nonce, authorization.CodeVerifier, authorization.RedirectUri.AbsoluteUri, authorization.AuthorizationUri.AbsoluteUri);
            context.Response.Cookies.Append(PendingCookie, protector.Protect(kept), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromMinutes(15),
            });
            return Results.Redirect(authorization.AuthorizationUri.AbsoluteUri);
        });

        app.MapGet("/signin-callback", async (HttpContext context, ICognitoKit cognito, IDataProtectionProvider protection) =>
        {
            if (!context.Request.Cookies.TryGetValue(PendingCookie, out var protectedValue) || protectedValue is null)
            {
                return Problem("No sign-in is in progress in this browser.");
            }

            context.Response.Cookies.Delete(PendingCookie);
            if (ReadPending(protection.CreateProtector(Purpose), protectedValue) is not { } pending)
            {
                return Problem("This browser's sign-in cookie is not valid (changed, or made by another server). Start the sign-in again.");
            }

            try
            {
                var session = await cognito.HostedUI.CompleteSignInAsync(new Uri(context.Request.GetEncodedUrl()), pending, context.RequestAborted);
                var id = new JsonWebToken(session.Tokens.IdToken);
                var claims = new List<Claim>
                {
                    new(ClaimTypes.Name, session.Username),
                    new(ClaimTypes.NameIdentifier, Claim(id, "sub") ?? string.Empty),
                    new("cognito:username", session.Username),
                    new("name", Claim(id, "name") ?? Claim(id, "email") ?? session.Username),
                };
                if (Claim(id, "email") is { } email)
                {
                    claims.Add(new Claim("email", email));
                }

                var properties = new AuthenticationProperties();
                if (session.Tokens.RefreshToken is { } refreshToken)
                {
                    properties.StoreTokens([new AuthenticationToken { Name = "refresh_token", Value = refreshToken }]);
                }

                await context.SignInAsync(WebSampleHost.HostedScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, WebSampleHost.HostedScheme)), properties);
                return Results.Redirect("/");
            }
            catch (CognitoHostedException error)
            {
                return Problem(error.Message);
            }
        });
    }

    /// <summary>Signs a hosted UI user out here and at the domain: revokes the refresh token, deletes the cookie.</summary>
    /// <returns>The domain's sign-out address, which comes back to <c>/signed-out</c>.</returns>
    public static async Task<Uri> SignOutAsync(HttpContext context, ICognitoKit cognito)
    {
        if (await context.GetTokenAsync(WebSampleHost.HostedScheme, "refresh_token") is { } refreshToken)
        {
            try
            {
                await cognito.HostedUI.RevokeAsync(refreshToken, context.RequestAborted);
            }
            catch (OAuthErrorException)
            {
                // Already revoked or expired: signing out goes on regardless.
            }
        }

        await context.SignOutAsync(WebSampleHost.HostedScheme);
        return cognito.HostedUI.BuildLogoutUri();
    }

    private static IResult Problem(string message) => Results.Content(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Sign-in failed - CognitoKit web sample</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"card\">"
        + "<h1>Sign-in failed</h1><p id=\"error\" class=\"error\" role=\"alert\">" + WebUtility.HtmlEncode(message) + "</p>"
        + "<p><a href=\"/\">Home</a></p></main></body></html>",
        "text/html; charset=utf-8",
        Encoding.UTF8,
        400);

    /// <summary>The pending sign-in kept in the cookie, or null when the cookie was tampered with, expired or is not ours.</summary>
    private static HostedAuthorization? ReadPending(IDataProtector protector, string protectedValue)
    {
        string kept;
        try
        {
            kept = protector.Unprotect(protectedValue);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Data protection says it plainly: the value was changed, or made with keys this server does not have.
            return null;
        }

        var parts = kept.Split('\n');
        return parts.Length == 5
            && Uri.TryCreate(parts[3], UriKind.Absolute, out var redirectUri)
            && Uri.TryCreate(parts[4], UriKind.Absolute, out var authorizationUri)
            ? new HostedAuthorization(authorizationUri, parts[0], parts[1], parts[2], redirectUri)
            : null;
    }

    private static string? Claim(JsonWebToken token, string name) =>
        token.TryGetPayloadValue(name, out string? value) && !string.IsNullOrEmpty(value) ? value : null;
}
