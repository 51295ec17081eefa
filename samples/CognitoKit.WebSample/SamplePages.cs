using System.Net;
using System.Security.Claims;

namespace CognitoKit.WebSample;

/// <summary>The sample's HTML.</summary>
internal static class SamplePages
{
    public static string Home(ClaimsPrincipal user) => Page(user.Identity?.IsAuthenticated == true
        ? $"<p id=\"signed-in\">Signed in as {E(user.Identity.Name ?? "?")}</p>"
          + "<form method=\"post\" action=\"/signout\"><button id=\"signout\" type=\"submit\">Sign out</button></form>"
        : "<p id=\"signed-out\">You are not signed in.</p>"
          + "<p><a id=\"signin\" href=\"/signin\">Sign in</a></p>"
          + "<p><a id=\"signin-google\" href=\"/signin?provider=Google\">Sign in with Google</a></p>");

    public static string Problem(string message) =>
        Page($"<p id=\"error\">Sign-in failed: {E(message)}</p><p><a href=\"/\">Home</a></p>");

    private static string Page(string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CognitoKit web sample</title></head><body>"
        + "<h1>CognitoKit web sample</h1>" + body + "</body></html>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
