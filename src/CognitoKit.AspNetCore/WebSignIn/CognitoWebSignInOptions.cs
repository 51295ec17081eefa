using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>How the web sign-in (<c>AddCognitoWebSignIn</c>) behaves.</summary>
public sealed class CognitoWebSignInOptions
{
    /// <summary>The app's sign-in page; pages a signed-out user asks for redirect here (with <c>ReturnUrl</c>). Default <c>/sign-in</c>.</summary>
    public PathString SignInPath { get; set; } = "/sign-in";

    /// <summary>
    /// Whether a request is an API call, answered <c>401</c> instead of a redirect when the user is not signed in (or
    /// their session was refused). Default: the path starts with <c>/api</c>.
    /// </summary>
    public Func<HttpContext, bool> IsApiRequest { get; set; } = static context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How long the app client's refresh tokens live (Cognito's default is 30 days): the cookie session ends this long
    /// after the user signed in, as the refresh token does.
    /// </summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Whether the cookie outlives the browser session (until <see cref="RefreshTokenLifetime"/> ends). Default false.</summary>
    public bool IsPersistent { get; set; }

    /// <summary>How long a sign-in waiting on a challenge (a code, a new password) is kept on the server. Default 5 minutes.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The name of the short-lived cookie that points at a sign-in waiting on a challenge. Default <c>.CognitoKit.SignIn</c>.</summary>
    public string ChallengeCookieName { get; set; } = ".CognitoKit.SignIn";

    /// <summary>The name devices remembered through <c>AddCognitoDeviceCookie</c> get in the user's device list. Default <c>Web browser</c>.</summary>
    public string DeviceName { get; set; } = "Web browser";

    /// <summary>
    /// Whether <c>SignInAsync</c> and <c>AnswerAsync</c> refuse a request without a valid ASP.NET Core antiforgery token
    /// (the form field or header of <c>IAntiforgery</c>, as Razor Pages and MVC forms send it), so that another site cannot
    /// sign the browser in to an account of its choosing (login CSRF). The refusal is a <c>Failed</c> result asking to
    /// reload the page. Default true.
    /// </summary>
    public bool ValidateAntiforgery { get; set; } = true;

    /// <summary>
    /// Whether pages a signed-out user asks for go straight to the hosted UI (managed login) instead of
    /// <see cref="SignInPath"/>. Needs <c>AddCognitoKit(...).AddHostedUI(...)</c>. Default false.
    /// </summary>
    public bool UseHostedUI { get; set; }

    /// <summary>
    /// Where the hosted UI sends the browser back after sign-in; the scheme answers it (with <c>app.UseAuthentication()</c>).
    /// Register <c>{origin}{PathBase}{CallbackPath}</c> as a callback URL of the app client. Default <c>/signin-cognito</c>.
    /// </summary>
    public PathString CallbackPath { get; set; } = "/signin-cognito";

    /// <summary>
    /// Where the hosted UI's <c>/logout</c> sends the browser back after sign-out (its <c>logout_uri</c>); the scheme answers
    /// it by redirecting to the return URL given at sign-out. Register <c>{origin}{PathBase}{SignedOutCallbackPath}</c> as a
    /// sign-out URL of the app client. Default <c>/signout-cognito</c>.
    /// </summary>
    public PathString SignedOutCallbackPath { get; set; } = "/signout-cognito";

    /// <summary>
    /// Where a failed hosted sign-in lands, with <c>error</c> (a <see cref="CognitoHostedSignInFailure"/> name) and, when
    /// known, <c>ReturnUrl</c> in the query. Default: empty, for <see cref="SignInPath"/>.
    /// </summary>
    public PathString ErrorPath { get; set; }
}
