using System.Net;
using System.Text;

namespace CognitoKit.Testing.OAuth;

/// <summary>The plain HTML of the hosted sign-in page, the stand-in social provider and the error page.</summary>
internal static class HostedPages
{
    public static string Login(string prefix, PendingAuthorization pending, OAuthClientSettings settings, string? error, string? username)
    {
        var body = new StringBuilder();
        body.Append("<h1>Sign in</h1>");
        if (error is not null)
        {
            body.Append("<p id=\"error\" class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>");
        }

        if (settings.OffersPasswordSignIn)
        {
            body.Append("<form method=\"post\" action=\"").Append(E(prefix)).Append("/login\">")
                .Append("<input type=\"hidden\" name=\"request\" value=\"").Append(E(pending.Id)).Append("\">")
                .Append("<label>Username <input id=\"username\" name=\"username\" autocomplete=\"username\" value=\"").Append(E(username ?? string.Empty)).Append("\"></label>")
                .Append("<label>Password <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"></label>")
                .Append("<button id=\"signin\" type=\"submit\">Sign in</button>")
                .Append("</form>");
        }

        foreach (var provider in settings.SocialProviders)
        {
            body.Append("<p><a class=\"social\" id=\"social-").Append(E(provider.ToLowerInvariant())).Append("\" href=\"")
                .Append(E(OAuthHttp.WithQuery(prefix + "/social/" + provider + "/authorize", ("request", pending.Id))))
                .Append("\">Continue with ").Append(E(provider)).Append("</a></p>");
        }

        return Page("Sign in", body.ToString());
    }

    public static string Social(string prefix, string provider, string requestId, string? error)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(provider)).Append(" (stand-in)</h1>")
            .Append("<p>This page stands in for ").Append(E(provider)).Append(": it signs in whoever you type, with no password.</p>");
        if (error is not null)
        {
            body.Append("<p id=\"error\" class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>");
        }

        body.Append("<form method=\"post\" action=\"").Append(E(prefix)).Append("/social/").Append(E(provider)).Append("/authorize\">")
            .Append("<input type=\"hidden\" name=\"request\" value=\"").Append(E(requestId)).Append("\">")
            .Append("<label>Email <input id=\"email\" name=\"email\" value=\"sam.social@example.com\"></label>")
            .Append("<label>Name <input id=\"name\" name=\"name\" value=\"Sam Social\"></label>")
            .Append("<button id=\"continue\" type=\"submit\">Continue</button>")
            .Append("</form>");
        return Page(provider + " sign-in", body.ToString());
    }

    public static string Error(string code, string message) =>
        Page("Error", "<h1>An error was encountered with the requested page.</h1><p id=\"error\" class=\"error\">" + E(code) + "</p><p id=\"error-description\">" + E(message) + "</p>");

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + E(title) + " - CognitoKit emulator</title>"
        + "<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}label{display:block;margin:.5rem 0}.error{color:#b00020}</style>"
        + "</head><body>" + body + "</body></html>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
