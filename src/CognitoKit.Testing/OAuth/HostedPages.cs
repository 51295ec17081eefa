using System.Net;
using System.Text;

namespace CognitoKit.Testing.OAuth;

/// <summary>The plain HTML of the hosted sign-in page, the stand-in social provider and the error page.</summary>
internal static class HostedPages
{
    public static string Login(string prefix, PendingAuthorization pending, OAuthClientSettings settings, string? error, string? username)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"brand\">CognitoKit emulator &middot; hosted sign-in</p><h1>Sign in</h1>");
        if (error is not null)
        {
            body.Append("<p id=\"error\" class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>");
        }

        if (settings.OffersPasswordSignIn)
        {
            body.Append("<form method=\"post\" action=\"").Append(E(prefix)).Append("/login\">")
                .Append("<input type=\"hidden\" name=\"request\" value=\"").Append(E(pending.Id)).Append("\">")
                .Append("<label for=\"username\">Username</label><input id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" value=\"").Append(E(username ?? string.Empty)).Append("\">")
                .Append("<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">")
                .Append("<button id=\"signin\" type=\"submit\">Sign in</button>")
                .Append("</form>");
        }

        foreach (var provider in settings.SocialProviders)
        {
            body.Append("<p><a class=\"social button\" id=\"social-").Append(E(provider.ToLowerInvariant())).Append("\" href=\"")
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
            .Append("<label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" value=\"sam.social@example.com\">")
            .Append("<label for=\"name\">Name</label><input id=\"name\" name=\"name\" autocomplete=\"name\" value=\"Sam Social\">")
            .Append("<button id=\"continue\" type=\"submit\">Continue</button>")
            .Append("</form>");
        return Page(provider + " sign-in", body.ToString());
    }

    public static string Error(string code, string message) =>
        Page("Error", "<h1>An error was encountered with the requested page.</h1><p id=\"error\" class=\"error\">" + E(code) + "</p><p id=\"error-description\">" + E(message) + "</p>");

    /// <summary>The pages' own small stylesheet, served inline with each page (no external request): one column, readable on a phone.</summary>
    private const string Style =
        ":root{--ink:#1d2433;--muted:#5b6475;--line:#d5dae3;--accent:#1f5fbf;--danger:#b3261e}"
        + "*{box-sizing:border-box}"
        + "body{margin:0;padding:1rem;font:1rem/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;color:var(--ink);background:#eef1f5}"
        + "main{max-width:26rem;margin:2rem auto;padding:1.25rem;background:#fff;border:1px solid var(--line);border-radius:.75rem}"
        + "h1{font-size:1.4rem;margin:0 0 .75rem}p{margin:0 0 .75rem}.brand{color:var(--muted);font-size:.85rem;margin-bottom:.25rem}"
        + "label{display:block;margin:.75rem 0 .25rem;font-weight:500}"
        + "input{display:block;width:100%;padding:.6rem .7rem;font:inherit;border:1px solid var(--line);border-radius:.5rem}"
        + "input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #8fb3ea;outline-offset:1px}"
        + "button,a.button{display:block;width:100%;margin-top:1rem;padding:.6rem 1rem;font:inherit;font-weight:600;text-align:center;text-decoration:none;color:#fff;background:var(--accent);border:1px solid var(--accent);border-radius:.5rem;cursor:pointer}"
        + "a.button{color:var(--accent);background:#fff}"
        + ".error{color:var(--danger);font-weight:500}"
        + "@media (max-width:30rem){body{padding:.5rem}main{margin:.5rem auto;padding:1rem}}";

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + E(title) + " - CognitoKit emulator</title>"
        + "<style>" + Style + "</style>"
        + "</head><body><main>" + body + "</main></body></html>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
