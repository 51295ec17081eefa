using System.Security.Claims;
using System.Text;
using CognitoKit.Hosted;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.WebSample;

/// <summary>The sample's pages: home, sign-in (to the user pool domain), the callback, and sign-out.</summary>
internal static class SampleEndpoints
{
    private const string PendingCookie = "websample.signin";
    private const string Purpose = "CognitoKit.WebSample.PendingSignIn";

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext context) => Results.Content(SamplePages.Home(context.User), "text/html; charset=utf-8"));

        app.MapGet("/signin", (HttpContext context, ICognitoKit cognito, IDataProtectionProvider protection, string? provider) =>
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
                return Results.Content(SamplePages.Problem("No sign-in is in progress in this browser."), "text/html; charset=utf-8", Encoding.UTF8, 400);
            }

            context.Response.Cookies.Delete(PendingCookie);
            if (ReadPending(protection.CreateProtector(Purpose), protectedValue) is not { } pending)
            {
                return Results.Content(
                    SamplePages.Problem("This browser's sign-in cookie is not valid (changed, or made by another server). Start the sign-in again."),
                    "text/html; charset=utf-8",
                    Encoding.UTF8,
                    400);
            }

            try
            {
                var session = await cognito.HostedUI.CompleteSignInAsync(new Uri(context.Request.GetEncodedUrl()), pending, context.RequestAborted);
                var id = new JsonWebToken(session.Tokens.IdToken);
                var name = Claim(id, "name") ?? Claim(id, "email") ?? session.Username;
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, name), new Claim("sub", Claim(id, "sub") ?? string.Empty), new Claim("cognito:username", session.Username)],
                    CookieAuthenticationDefaults.AuthenticationScheme);
                var properties = new AuthenticationProperties();
                if (session.Tokens.RefreshToken is { } refreshToken)
                {
                    properties.StoreTokens([new AuthenticationToken { Name = "refresh_token", Value = refreshToken }]);
                }

                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
                return Results.Redirect("/");
            }
            catch (CognitoHostedException error)
            {
                return Results.Content(SamplePages.Problem(error.Message), "text/html; charset=utf-8", Encoding.UTF8, 400);
            }
        });

        app.MapPost("/signout", async (HttpContext context, ICognitoKit cognito) =>
        {
            if (await context.GetTokenAsync("refresh_token") is { } refreshToken)
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

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(cognito.HostedUI.BuildLogoutUri().AbsoluteUri);
        });
    }

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
