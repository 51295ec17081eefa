using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;

namespace CognitoKit.Testing.OAuth;

/// <summary><c>GET /oauth2/userInfo</c>, <c>POST /oauth2/revoke</c> and <c>GET /logout</c>.</summary>
internal sealed class UserSessionEndpoints
{
    private readonly OAuthDomain domain;

    public UserSessionEndpoints(OAuthDomain domain) => this.domain = domain;

    public Task UserInfoAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new OAuthError("invalid_request", "An Authorization: Bearer access token is required.", 401);
        }

        AccessTokenContext token;
        try
        {
            token = AccessTokenValidator.Validate(domain.State, header["Bearer ".Length..].Trim());
        }
        catch (AwsServiceException error)
        {
            throw new OAuthError("invalid_token", error.Message, 401);
        }

        var scopes = (token.Claims["scope"] is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty).Split(' ');
        if (!scopes.Contains("openid") && !scopes.Contains("aws.cognito.signin.user.admin"))
        {
            throw new OAuthError("insufficient_scope", "The access token lacks the openid scope.", 403);
        }

        var body = new JsonObject();
        lock (token.Pool.Gate)
        {
            foreach (var (name, value) in token.User.Attributes)
            {
                body[name] = value;
            }

            body["username"] = token.User.Username;
        }

        return OAuthHttp.WriteJsonAsync(context, body);
    }

    public Task RevokeAsync(HttpContext context, IReadOnlyDictionary<string, string> form)
    {
        var (pool, client) = ClientAuthentication.Authenticate(domain.State, context, form);
        var token = form.GetValueOrDefault("token") ?? throw new OAuthError("invalid_request", "token is missing.");
        if (!client.EnableTokenRevocation)
        {
            throw new OAuthError("unsupported_token_type", "Token revocation is not enabled for this app client.");
        }

        // RFC 7009: an unknown token is answered like a revoked one, so nothing is learned by guessing.
        if (domain.State.RefreshTokens.Find(token) is { } session)
        {
            if (session.ClientId != client.ClientId)
            {
                throw new OAuthError("unauthorized_client", "The token was issued to another client.");
            }

            lock (pool.Gate)
            {
                Revocation.Revoke(domain.State, pool.UsersBySub.GetValueOrDefault(session.Sub), session.OriginJti);
            }
        }

        context.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    public async Task LogoutAsync(HttpContext context, string prefix)
    {
        var clientId = OAuthHttp.Query(context, "client_id");
        var found = clientId is null ? null : new AuthorizeEndpoint(domain).Find(clientId);
        if (found is null)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("invalid_request", "Client " + (clientId ?? "(none)") + " does not exist."), 400).ConfigureAwait(false);
            return;
        }

        var settings = OAuthClientSettings.Of(found.Value.Client);
        var logoutUri = OAuthHttp.Query(context, "logout_uri");
        var redirectUri = OAuthHttp.Query(context, "redirect_uri");
        string? target;
        if (logoutUri is not null)
        {
            target = settings.LogoutUrls.Contains(logoutUri, StringComparer.Ordinal) ? logoutUri : null;
        }
        else
        {
            // The sign-in-again form: /logout with the authorize parameters goes on to /oauth2/authorize.
            target = redirectUri is not null && settings.CallbackUrls.Contains(redirectUri, StringComparer.Ordinal)
                ? prefix + "/oauth2/authorize" + context.Request.QueryString.Value
                : null;
        }

        if (target is null)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("invalid_request", "The logout_uri is not one of the app client's sign-out URLs."), 400).ConfigureAwait(false);
            return;
        }

        if (context.Request.Cookies.TryGetValue(AuthorizeEndpoint.SessionCookie, out var id) && id is not null)
        {
            domain.Sessions.TryRemove(id, out _);
        }

        context.Response.Cookies.Delete(AuthorizeEndpoint.SessionCookie, new CookieOptions { Path = "/" });
        OAuthHttp.Redirect(context, target);
    }
}
