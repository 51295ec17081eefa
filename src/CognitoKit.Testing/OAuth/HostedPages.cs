using System.Net;
using System.Text;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// The plain HTML of the hosted pages (sign-in, each challenge, sign-up and its code), the stand-in social provider and
/// the error page. Every field has a label; every value the user or the app gave is HTML-encoded.
/// </summary>
internal static class HostedPages
{
    /// <summary>The form fields of user attributes start with this (<c>attr.email</c>).</summary>
    public const string AttributePrefix = "attr.";

    public static string Login(string prefix, PendingAuthorization pending, OAuthClientSettings settings, string? error, string? username, string? notice = null)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"brand\">CognitoKit emulator &middot; hosted sign-in</p><h1>Sign in</h1>");
        Messages(body, error, notice);

        if (settings.OffersPasswordSignIn)
        {
            body.Append("<form method=\"post\" action=\"").Append(E(prefix)).Append("/login\">")
                .Append("<input type=\"hidden\" name=\"request\" value=\"").Append(E(pending.Id)).Append("\">")
                .Append("<label for=\"username\">Username</label><input id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" value=\"").Append(E(username ?? string.Empty)).Append("\">")
                .Append("<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">")
                .Append("<button id=\"signin\" type=\"submit\">Sign in</button>")
                .Append("</form>")
                .Append("<p class=\"alt\">New here? <a id=\"signup\" href=\"").Append(E(OAuthHttp.WithQuery(prefix + "/signup", ("request", pending.Id)))).Append("\">Sign up</a></p>");
        }

        foreach (var provider in settings.SocialProviders)
        {
            body.Append("<p><a class=\"social button\" id=\"social-").Append(E(provider.ToLowerInvariant())).Append("\" href=\"")
                .Append(E(OAuthHttp.WithQuery(prefix + "/social/" + provider + "/authorize", ("request", pending.Id))))
                .Append("\">Continue with ").Append(E(provider)).Append("</a></p>");
        }

        return Page("Sign in", body.ToString());
    }

    /// <summary>The sign-up page: username, password twice, and the attributes the pool needs.</summary>
    public static string SignUp(string prefix, PendingAuthorization pending, UserPool pool, string? error, IReadOnlyDictionary<string, string>? values)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"brand\">CognitoKit emulator &middot; hosted sign-up</p><h1>Sign up</h1>");
        Messages(body, error, null);
        var usernameIsEmail = pool.UsernameAttributes.Contains("email");
        var usernameIsPhone = !usernameIsEmail && pool.UsernameAttributes.Contains("phone_number");
        body.Append("<form method=\"post\" action=\"").Append(E(prefix)).Append("/signup\">");
        Hidden(body, "request", pending.Id);
        Field(body, "username", usernameIsEmail ? "Email" : usernameIsPhone ? "Phone number" : "Username", usernameIsEmail ? "email" : usernameIsPhone ? "tel" : "text", usernameIsEmail ? "email" : "username", values?.GetValueOrDefault("username"));
        foreach (var name in SignUpAttributes(pool))
        {
            Field(body, AttributePrefix + name, Label(name), name == "email" ? "email" : name == "phone_number" ? "tel" : "text", AutoComplete(name), values?.GetValueOrDefault(name));
        }

        Field(body, "password", "Password", "password", "new-password", null);
        Field(body, "confirm_password", "Confirm password", "password", "new-password", null);
        body.Append("<button id=\"signup\" type=\"submit\">Sign up</button></form>")
            .Append("<p class=\"alt\">Have an account? <a id=\"signin-link\" href=\"").Append(E(OAuthHttp.WithQuery(prefix + "/login", ("client_id", pending.ClientId), ("redirect_uri", pending.RedirectUri), ("response_type", "code"), ("scope", string.Join(' ', pending.Scopes)), ("state", pending.State), ("nonce", pending.Nonce), ("code_challenge", pending.CodeChallenge), ("code_challenge_method", pending.CodeChallenge is null ? null : "S256")))).Append("\">Sign in</a></p>");
        return Page("Sign up", body.ToString());
    }

    /// <summary>The attributes asked on the sign-up page: the pool's required ones and those it verifies, but not the one that is the username.</summary>
    public static IReadOnlyList<string> SignUpAttributes(UserPool pool) =>
        [.. pool.Schema.RequiredAttributes.Concat(pool.AutoVerifiedAttributes).Distinct(StringComparer.Ordinal).Where(a => !pool.UsernameAttributes.Contains(a))];

    /// <summary>The confirmation code page after a hosted sign-up (or a sign-in of an unconfirmed user).</summary>
    public static string ConfirmSignUp(string prefix, PendingAuthorization pending, string? destination, string? error)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"brand\">CognitoKit emulator &middot; hosted sign-up</p><h1>Confirm your account</h1>");
        Messages(body, error, destination is null ? null : "We sent a code to " + destination + ".");
        body.Append("<form method=\"post\" action=\"").Append(E(prefix)).Append("/confirmuser\">");
        Hidden(body, "request", pending.Id);
        Field(body, "code", "Confirmation code", "text", "one-time-code", null, numeric: true);
        body.Append("<button id=\"confirm\" type=\"submit\">Confirm account</button>")
            .Append("<button id=\"resend\" class=\"secondary\" type=\"submit\" name=\"action\" value=\"resend\" formnovalidate>Send a new code</button></form>");
        return Page("Confirm your account", body.ToString());
    }

    /// <summary>The page of one challenge: a new password, a code, a choice of MFA, or setting up TOTP or email MFA.</summary>
    public static string Challenge(string prefix, PendingAuthorization pending, HostedChallenge challenge, UserPool pool, string? error)
    {
        var p = challenge.Parameters;
        var (title, notice) = challenge.Name switch
        {
            "NEW_PASSWORD_REQUIRED" => ("Change your password", "Choose a new password to finish signing in."),
            "SOFTWARE_TOKEN_MFA" => ("Enter your code", "Enter the code your authenticator app shows."),
            "SMS_MFA" => ("Enter your code", "We sent a code by text message to " + p.GetValueOrDefault("CODE_DELIVERY_DESTINATION", "your phone") + "."),
            "EMAIL_OTP" => ("Enter your code", "We sent a code by email to " + p.GetValueOrDefault("CODE_DELIVERY_DESTINATION", "your address") + "."),
            "SELECT_MFA_TYPE" => ("Choose how to verify", "Choose how to receive your sign-in code."),
            HostedChallenge.SetUpTotp => ("Set up your authenticator", "Add this account to your authenticator app with the key below, then enter the code it shows."),
            HostedChallenge.SetUpEmail => ("Set up email codes", "Enter the email address your sign-in codes should go to."),
            _ => ("Sign in", null),
        };
        var body = new StringBuilder();
        body.Append("<p class=\"brand\">CognitoKit emulator &middot; hosted sign-in</p><h1>").Append(E(title)).Append("</h1>");
        Messages(body, error, notice);
        body.Append("<form method=\"post\" action=\"").Append(E(prefix)).Append("/challenge\">");
        Hidden(body, "request", pending.Id);
        Hidden(body, "challenge", challenge.Name);
        Hidden(body, "session", challenge.Session);
        Hidden(body, "username", challenge.Username);
        foreach (var (name, value) in p)
        {
            Hidden(body, HostedChallenge.ParameterPrefix + name, value);
        }

        switch (challenge.Name)
        {
            case "NEW_PASSWORD_REQUIRED":
                Field(body, "new_password", "New password", "password", "new-password", null);
                Field(body, "confirm_password", "Confirm new password", "password", "new-password", null);
                foreach (var attribute in HostedChallenge.List(p.GetValueOrDefault("requiredAttributes")))
                {
                    var name = attribute.StartsWith("userAttributes.", StringComparison.Ordinal) ? attribute["userAttributes.".Length..] : attribute;
                    Field(body, AttributePrefix + name, Label(name), name == "email" ? "email" : "text", AutoComplete(name), null);
                }

                break;
            case "SELECT_MFA_TYPE":
                body.Append("<fieldset><legend>Send my code by</legend>");
                var first = true;
                foreach (var option in HostedChallenge.List(p.GetValueOrDefault("MFAS_CAN_CHOOSE")))
                {
                    var id = "mfa-" + option.ToLowerInvariant().Replace('_', '-');
                    body.Append("<label class=\"choice\" for=\"").Append(E(id)).Append("\"><input type=\"radio\" name=\"mfa\" id=\"").Append(E(id))
                        .Append("\" value=\"").Append(E(option)).Append('"').Append(first ? " checked" : string.Empty).Append("> ")
                        .Append(E(option switch { "SMS_MFA" => "Text message", "SOFTWARE_TOKEN_MFA" => "Authenticator app", "EMAIL_OTP" => "Email", _ => option }))
                        .Append("</label>");
                    first = false;
                }

                body.Append("</fieldset>");
                break;
            case HostedChallenge.SetUpTotp:
                body.Append("<p>Key: <code id=\"totp-secret\">").Append(E(p.GetValueOrDefault(HostedChallenge.SecretParameter, string.Empty))).Append("</code></p>")
                    .Append("<p><a id=\"totp-uri\" href=\"").Append(E(p.GetValueOrDefault(HostedChallenge.OtpAuthParameter, string.Empty))).Append("\">Open in an authenticator app</a></p>");
                Field(body, "code", "Code from your app", "text", "one-time-code", null, numeric: true);
                break;
            case HostedChallenge.SetUpEmail:
                Field(body, "email", "Email", "email", "email", null);
                break;
            default:
                Field(body, "code", "Code", "text", "one-time-code", null, numeric: true);
                break;
        }

        body.Append("<button id=\"continue\" type=\"submit\">Continue</button></form>");
        return Page(title, body.ToString());
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
        + ".error{color:var(--danger);font-weight:500}.notice{color:var(--muted)}.alt{margin-top:1rem}"
        + "button.secondary{color:var(--accent);background:#fff}"
        + "fieldset{border:1px solid var(--line);border-radius:.5rem;margin:.75rem 0;padding:.5rem .75rem}label.choice{display:flex;gap:.5rem;align-items:center;font-weight:400}label.choice input{width:auto}"
        + "code{word-break:break-all}"
        + "@media (max-width:30rem){body{padding:.5rem}main{margin:.5rem auto;padding:1rem}}";

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + E(title) + " - CognitoKit emulator</title>"
        + "<style>" + Style + "</style>"
        + "</head><body><main>" + body + "</main></body></html>";

    private static void Messages(StringBuilder body, string? error, string? notice)
    {
        if (error is not null)
        {
            body.Append("<p id=\"error\" class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>");
        }

        if (notice is not null)
        {
            body.Append("<p id=\"notice\" class=\"notice\">").Append(E(notice)).Append("</p>");
        }
    }

    private static void Hidden(StringBuilder body, string name, string value) =>
        body.Append("<input type=\"hidden\" name=\"").Append(E(name)).Append("\" value=\"").Append(E(value)).Append("\">");

    private static void Field(StringBuilder body, string name, string label, string type, string autocomplete, string? value, bool numeric = false)
    {
        var id = name.Replace('.', '-').Replace(':', '-');
        body.Append("<label for=\"").Append(E(id)).Append("\">").Append(E(label)).Append("</label>")
            .Append("<input id=\"").Append(E(id)).Append("\" name=\"").Append(E(name)).Append("\" type=\"").Append(type)
            .Append("\" autocomplete=\"").Append(autocomplete).Append('"');
        if (numeric)
        {
            body.Append(" inputmode=\"numeric\"");
        }

        if (type is "text" or "email")
        {
            body.Append(" autocapitalize=\"none\" spellcheck=\"false\"");
        }

        if (value is not null && type != "password")
        {
            body.Append(" value=\"").Append(E(value)).Append('"');
        }

        body.Append('>');
    }

    private static string Label(string attribute) => attribute switch
    {
        "email" => "Email",
        "phone_number" => "Phone number",
        "given_name" => "Given name",
        "family_name" => "Family name",
        "preferred_username" => "Preferred username",
        "birthdate" => "Birth date",
        _ when attribute.StartsWith("custom:", StringComparison.Ordinal) => attribute["custom:".Length..],
        _ => char.ToUpperInvariant(attribute[0]) + attribute[1..].Replace('_', ' '),
    };

    private static string AutoComplete(string attribute) => attribute switch
    {
        "email" => "email",
        "phone_number" => "tel",
        "name" => "name",
        "given_name" => "given-name",
        "family_name" => "family-name",
        "birthdate" => "bday",
        _ => "off",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
