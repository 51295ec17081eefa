using System.Text.RegularExpressions;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// <c>GET /oauth2/authorize</c> (and <c>GET /login</c>, <c>GET /signup</c>). As in Cognito, a bad client or an
/// unregistered redirect URI gets an error page and never a redirect; any later error is sent to the redirect URI.
/// The steps after the first page (<see cref="HostedSteps"/>) end in <see cref="Complete"/>.
/// </summary>
internal sealed partial class AuthorizeEndpoint
{
    public const string SessionCookie = "cognito-emulator-session";
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);
    private readonly OAuthDomain domain;

    public AuthorizeEndpoint(OAuthDomain domain) => this.domain = domain;

    private EmulatorState State => domain.State;

    public async Task GetAsync(HttpContext context, string prefix, bool signUp = false)
    {
        if (signUp && OAuthHttp.Query(context, "request") is { } requestId)
        {
            // The login page's "Sign up" link: the same pending sign-in, on the sign-up page.
            if (domain.Pending.TryGetValue(requestId, out var waiting) && waiting.ExpiresAt > State.Now && Find(waiting.ClientId) is { } owner)
            {
                await OAuthHttp.WriteHtmlAsync(context, HostedPages.SignUp(prefix, waiting, owner.Pool, error: null, values: null)).ConfigureAwait(false);
            }
            else
            {
                await OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("invalid_request", "This sign-in has expired. Go back to the app and start again."), 400).ConfigureAwait(false);
            }

            return;
        }

        var clientId = OAuthHttp.Query(context, "client_id");
        if (clientId is null || Find(clientId) is not { } found)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("invalid_request", "Client " + (clientId ?? "(none)") + " does not exist."), 400).ConfigureAwait(false);
            return;
        }

        var (pool, client) = found;
        var settings = OAuthClientSettings.Of(client);
        var redirectUri = OAuthHttp.Query(context, "redirect_uri") ?? settings.DefaultRedirectUri;
        if (redirectUri is null || !settings.CallbackUrls.Contains(redirectUri, StringComparer.Ordinal))
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("redirect_mismatch", "The redirect_uri is not one of the app client's callback URLs."), 400).ConfigureAwait(false);
            return;
        }

        var state = OAuthHttp.Query(context, "state");
        var refusal = Check(context, settings, out var scopes);
        if (refusal is not null)
        {
            OAuthHttp.Redirect(context, OAuthHttp.WithQuery(redirectUri, ("error", refusal.Value.Error), ("error_description", refusal.Value.Description), ("state", state)));
            return;
        }

        var pending = new PendingAuthorization(
            OAuthDomain.NewOpaque(), pool.Id, client.ClientId, redirectUri, scopes, state, OAuthHttp.Query(context, "nonce"),
            OAuthHttp.Query(context, "code_challenge"), OAuthHttp.Query(context, "login_hint"), State.Now + PendingLifetime);
        domain.Pending[pending.Id] = pending;

        var provider = OAuthHttp.Query(context, "identity_provider") ?? OAuthHttp.Query(context, "idp_identifier");
        if (provider is not null && !provider.Equals("COGNITO", StringComparison.Ordinal))
        {
            OAuthHttp.Redirect(context, OAuthHttp.WithQuery(prefix + "/social/" + settings.SocialProvider(provider) + "/authorize", ("request", pending.Id)));
            return;
        }

        if (OAuthHttp.Query(context, "prompt") != "login" && LiveSession(context, pool) is { } session)
        {
            Complete(context, pending, session.Sub, session.AuthTime);
            return;
        }

        await OAuthHttp.WriteHtmlAsync(
            context,
            signUp ? HostedPages.SignUp(prefix, pending, pool, error: null, values: null) : HostedPages.Login(prefix, pending, settings, error: null, username: pending.LoginHint)).ConfigureAwait(false);
    }

    /// <summary>Signs the browser in at the domain and sends it back to the app with a fresh single-use code.</summary>
    public void Complete(HttpContext context, PendingAuthorization pending, string sub, DateTimeOffset authTime)
    {
        domain.Pending.TryRemove(pending.Id, out _);
        domain.SignUps.TryRemove(pending.Id, out _);
        var sessionId = OAuthDomain.NewOpaque();
        domain.Sessions[sessionId] = new HostedSession(pending.PoolId, sub, authTime);
        context.Response.Cookies.Append(SessionCookie, sessionId, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });

        var code = Guid.NewGuid().ToString();
        domain.Codes[code] = new IssuedCode(pending.PoolId, pending.ClientId, pending.RedirectUri, pending.Scopes, pending.Nonce, pending.CodeChallenge, sub, authTime, State.Now + CodeLifetime);
        OAuthHttp.Redirect(context, OAuthHttp.WithQuery(pending.RedirectUri, ("code", code), ("state", pending.State)));
    }

    public (UserPool Pool, UserPoolClient Client)? Find(string clientId)
    {
        try
        {
            return State.UserPools.GetClient(clientId);
        }
        catch (AwsServiceException)
        {
            return null;
        }
    }

    private HostedSession? LiveSession(HttpContext context, UserPool pool)
    {
        if (!context.Request.Cookies.TryGetValue(SessionCookie, out var id) || id is null || !domain.Sessions.TryGetValue(id, out var session) || session.PoolId != pool.Id)
        {
            return null;
        }

        lock (pool.Gate)
        {
            return pool.UsersBySub.TryGetValue(session.Sub, out var user) && user.Enabled ? session : null;
        }
    }

    private static (string Error, string? Description)? Check(HttpContext context, OAuthClientSettings settings, out IReadOnlyList<string> scopes)
    {
        scopes = [];
        if (OAuthHttp.Query(context, "response_type") is not "code")
        {
            return ("unsupported_response_type", "Only response_type=code is supported.");
        }

        if (!settings.AllowsFlow("code"))
        {
            return ("unauthorized_client", "The app client does not allow the authorization code grant.");
        }

        var asked = OAuthHttp.Query(context, "scope")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [.. settings.AllowedScopes];
        if (asked.FirstOrDefault(s => !settings.AllowedScopes.Contains(s, StringComparer.Ordinal)) is { } refused)
        {
            return ("invalid_scope", "Scope " + refused + " is not allowed for this app client.");
        }

        scopes = [.. asked.Distinct(StringComparer.Ordinal)];
        var challenge = OAuthHttp.Query(context, "code_challenge");
        var method = OAuthHttp.Query(context, "code_challenge_method");
        if (challenge is not null && method != "S256")
        {
            return ("invalid_request", "code_challenge_method must be S256.");
        }

        if (challenge is not null && !ChallengeShape().IsMatch(challenge))
        {
            return ("invalid_request", "code_challenge is not a base64url SHA-256 hash.");
        }

        var provider = OAuthHttp.Query(context, "identity_provider") ?? OAuthHttp.Query(context, "idp_identifier");
        if (OAuthHttp.Query(context, "identity_provider") is not null && OAuthHttp.Query(context, "idp_identifier") is not null)
        {
            return ("invalid_request", "Give identity_provider or idp_identifier, not both.");
        }

        if (provider is not null && (provider == "COGNITO" ? !settings.OffersPasswordSignIn : settings.SocialProvider(provider) is null))
        {
            return ("invalid_request", "The identity provider " + provider + " is not enabled for this app client.");
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex ChallengeShape();
}
