using System.Security.Claims;
using System.Threading.RateLimiting;
using CognitoKit.Hosted;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.WebSignIn;

/// <summary>
/// The C# blocks of docs/web-sign-in.md, line for line, so a snippet that stops compiling breaks the build.
/// <c>CognitoKit.Tests.Docs.DocSnippetMirrorTests</c> checks that every line of the page is here.
/// </summary>
internal static class WebSignInDocSnippets
{
    // Web sign-in: Set-up
    public static WebApplication SetUp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_AbC123";
            o.ClientId = "4tq8exampleclientid";
        });
        builder.Services.AddCognitoDeviceCookie();   // optional: remembered browsers skip MFA
        builder.Services.AddAuthentication(CognitoWebSignInDefaults.AuthenticationScheme)
            .AddCognitoWebSignIn(o => o.SignInPath = "/sign-in");
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/account", (ClaimsPrincipal user) => $"Hello {user.Identity!.Name}").RequireAuthorization();
        return app;
    }

    // Web sign-in: Your own sign-in pages
    public static void OwnPages(WebApplication app)
    {
        app.MapPost("/sign-in", async (HttpContext http, ICognitoWebSignIn web) =>
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            CognitoWebSignInResult result = await web.SignInAsync(http, form["username"].ToString(), form["password"].ToString());
            return Next(result, web, form["returnUrl"]);
        });
        app.MapPost("/sign-in/totp", async (HttpContext http, ICognitoWebSignIn web) =>
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            string code = form["code"].ToString();
            CognitoWebSignInResult result = await web.AnswerAsync(http, (challenge, ct) => ((TotpCodeRequired)challenge).AnswerAsync(code, ct));
            return Next(result, web, form["returnUrl"]);
        });
        app.MapPost("/sign-out", async (HttpContext http, ICognitoWebSignIn web) =>
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            await web.SignOutAsync(http, everywhere: form["everywhere"] == "true");
            return Results.Redirect("/");
        });

        static IResult Next(CognitoWebSignInResult result, ICognitoWebSignIn web, string? returnUrl) => result.Status switch
        {
            CognitoWebSignInStatus.SignedIn => Results.Redirect(web.GetSafeReturnUrl(returnUrl)),
            CognitoWebSignInStatus.ChallengeRequired => Results.Text($"Cognito asks: {result.Challenge!.Name} {result.Error}"),
            _ => Results.Text(result.Error!, statusCode: 400),
        };
    }

    // Web sign-in: Set-up: the hosted UI
    public static WebApplication HostedSetUp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_AbC123";
            o.ClientId = "4tq8exampleclientid";
        }).AddHostedUI(o => o.Domain = CognitoHostedUIOptions.CognitoDomain("my-app", "eu-west-1"));
        builder.Services.AddAuthentication(CognitoWebSignInDefaults.AuthenticationScheme)
            .AddCognitoWebSignIn(o => o.UseHostedUI = true);   // signed-out page requests go to the hosted UI
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();   // answers /signin-cognito and /signout-cognito
        app.UseAuthorization();
        app.MapGet("/account", (ClaimsPrincipal user) => $"Hello {user.Identity!.Name}").RequireAuthorization();
        app.MapGet("/sign-in/google", (HttpContext http, ICognitoWebSignIn web) => web.ChallengeHostedUIAsync(http, "/account", HostedIdentityProviders.Google));
        app.MapPost("/sign-out", (HttpContext http, ICognitoWebSignIn web) => web.SignOutHostedUIAsync(http, "/"));
        return app;
    }

    // Web sign-in: Rate limiting the sign-in endpoints
    public static void RateLimiting(WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("sign-in", http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });
    }

    public static void RateLimitedEndpoints(WebApplication app)
    {
        app.UseRateLimiter();
        app.MapPost("/sign-in", SignInAsync).RequireRateLimiting("sign-in");
        app.MapPost("/sign-in/totp", AnswerTotpAsync).RequireRateLimiting("sign-in");
        app.MapGet("/sign-in/google", ChallengeGoogleAsync).RequireRateLimiting("sign-in");

        static async Task<IResult> SignInAsync(HttpContext http, ICognitoWebSignIn web)
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            CognitoWebSignInResult result = await web.SignInAsync(http, form["username"].ToString(), form["password"].ToString());
            return result.Status == CognitoWebSignInStatus.Failed ? Results.Text(result.Error!, statusCode: 400) : Results.Redirect("/account");
        }

        static async Task<IResult> AnswerTotpAsync(HttpContext http, ICognitoWebSignIn web)
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            string code = form["code"].ToString();
            CognitoWebSignInResult result = await web.AnswerAsync(http, (challenge, ct) => ((TotpCodeRequired)challenge).AnswerAsync(code, ct));
            return result.Status == CognitoWebSignInStatus.Failed ? Results.Text(result.Error!, statusCode: 400) : Results.Redirect("/account");
        }

        static Task ChallengeGoogleAsync(HttpContext http, ICognitoWebSignIn web) =>
            web.ChallengeHostedUIAsync(http, "/account", HostedIdentityProviders.Google);
    }
}
