using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// The user pool domain's paths, at the endpoint root or under <c>/{userPoolId}</c>: <c>/oauth2/authorize</c>,
/// <c>/login</c>, <c>/signup</c>, <c>/challenge</c>, <c>/confirmuser</c>, <c>/oauth2/token</c>, <c>/oauth2/userInfo</c>, <c>/oauth2/revoke</c>, <c>/logout</c> and the
/// stand-in social providers under <c>/social/{provider}/authorize</c>. Chosen by path only.
/// </summary>
internal sealed class OAuthEndpoints : IHttpGetHandler, IAwsFormService
{
    private readonly OAuthDomain domain;
    private readonly AuthorizeEndpoint authorize;
    private readonly TokenEndpoint token;
    private readonly UserSessionEndpoints sessions;
    private readonly SocialStandIn social;
    private readonly HostedSteps steps;

    public OAuthEndpoints(OAuthDomain domain, IAwsJsonService userPools)
    {
        this.domain = domain;
        authorize = new AuthorizeEndpoint(domain);
        steps = new HostedSteps(domain, authorize, userPools);
        token = new TokenEndpoint(domain);
        sessions = new UserSessionEndpoints(domain);
        social = new SocialStandIn(domain, authorize);
    }

    public async ValueTask<bool> TryHandleGetAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        var (prefix, route) = Split(path);
        Func<Task>? handler = route switch
        {
            "oauth2/authorize" or "login" => () => authorize.GetAsync(context, prefix),
            "signup" => () => authorize.GetAsync(context, prefix, signUp: true),
            "oauth2/userinfo" => () => sessions.UserInfoAsync(context),
            "logout" => () => sessions.LogoutAsync(context, prefix),
            _ when SocialStandIn.ProviderOf(route) is { } provider => () => social.GetAsync(context, prefix, provider),
            _ => null,
        };
        return handler is not null && await RunAsync(context, handler).ConfigureAwait(false);
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext context, IReadOnlyDictionary<string, string> form, string requestId, CancellationToken cancellationToken)
    {
        var (prefix, route) = Split(context.Request.Path.Value ?? "/");
        Func<Task>? handler = route switch
        {
            "oauth2/token" => () => token.PostAsync(context, form),
            "oauth2/revoke" => () => sessions.RevokeAsync(context, form),
            "login" => () => steps.PostLoginAsync(context, prefix, form),
            "challenge" => () => steps.PostChallengeAsync(context, prefix, form),
            "signup" => () => steps.PostSignUpAsync(context, prefix, form),
            "confirmuser" => () => steps.PostConfirmAsync(context, prefix, form),
            _ when SocialStandIn.ProviderOf(route) is { } provider => () => social.PostAsync(context, prefix, provider, form),
            _ => null,
        };
        return handler is not null && await RunAsync(context, handler).ConfigureAwait(false);
    }

    private static async Task<bool> RunAsync(HttpContext context, Func<Task> handler)
    {
        try
        {
            await handler().ConfigureAwait(false);
        }
        catch (OAuthError error)
        {
            await OAuthHttp.WriteErrorAsync(context, error).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The route in lower case, and the <c>/{userPoolId}</c> prefix it was found under (empty at the root).</summary>
    private (string Prefix, string Route) Split(string path)
    {
        var trimmed = path.Trim('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && domain.State.UserPools.Find(trimmed[..slash]) is not null)
        {
            return ("/" + trimmed[..slash], trimmed[(slash + 1)..].ToLowerInvariant());
        }

        return (string.Empty, trimmed.ToLowerInvariant());
    }
}
