using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// The current request's user's session, read from the session store (<c>cognito.Sessions</c>) under the key
/// <see cref="HttpContextCognitoSessionAccessorOptions.KeySelector"/> picks: for a back end calling other APIs on behalf
/// of many signed-in users.
/// </summary>
/// <remarks>
/// The session is restored once per request and reused by every call the request makes, so those calls share one
/// refresh. Refreshed tokens are written back to the store before they are used.
/// </remarks>
public sealed class HttpContextCognitoSessionAccessor : ICognitoSessionAccessor
{
    private static readonly object ItemKey = new();
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ICognitoSessions _sessions;
    private readonly HttpContextCognitoSessionAccessorOptions _options;

    /// <summary>Creates the accessor.</summary>
    /// <param name="httpContextAccessor">Finds the current request.</param>
    /// <param name="sessions">The session store, normally <c>ICognitoKit.Sessions</c>.</param>
    /// <param name="options">How the key is chosen.</param>
    public HttpContextCognitoSessionAccessor(
        IHttpContextAccessor httpContextAccessor, ICognitoSessions sessions, IOptions<HttpContextCognitoSessionAccessorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpContextAccessor);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(options);
        _httpContextAccessor = httpContextAccessor;
        _sessions = sessions;
        _options = options.Value;
    }

    /// <inheritdoc />
    /// <returns>The user's session; <see langword="null"/> outside a request, for an anonymous user, or when none is saved.</returns>
    public async ValueTask<CognitoSession?> GetSessionAsync(CancellationToken cancellationToken = default)
    {
        var context = _httpContextAccessor.HttpContext;
        if (context is null)
        {
            return null;
        }

        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is CognitoSession { IsEnded: false } live)
        {
            return live;
        }

        // A request signed in with AddCognitoWebSignIn carries its session (found by the cookie's session id).
        if (context.Items.TryGetValue(WebSessionTicketStore.SessionItem, out var web) && web is CognitoSession { IsEnded: false } webSession)
        {
            return webSession;
        }

        var key = _options.KeySelector(context);
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var session = await _sessions.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (session is not null)
        {
            context.Items[ItemKey] = session;
        }

        return session;
    }
}
