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
            var authorization = cognito.HostedUI.CreateAuthorization(new HostedSignInRequest { IdentityProvider = provider });
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
            var parts = protection.CreateProtector(Purpose).Unprotect(protectedValue).Split('\n');
            var pending = new HostedAuthorization(new Uri(parts[4]), parts[0], parts[1], parts[2], new Uri(parts[3]));
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

    private static string? Claim(JsonWebToken token, string name) =>
        token.TryGetPayloadValue(name, out string? value) && !string.IsNullOrEmpty(value) ? value : null;
}
