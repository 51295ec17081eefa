using System.Security.Claims;
using System.Security.Cryptography;
using CognitoKit.Errors;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>
/// The cookie scheme's ticket store: the cookie carries only the session id; the tokens stay in
/// <see cref="ICognitoSessions"/>, and each request's principal is rebuilt from the validated (refreshed when due) ID token.
/// </summary>
internal sealed class WebSessionTicketStore : ITicketStore
{
    /// <summary>The ticket property carrying the session id from <see cref="CognitoWebSignIn"/> to <see cref="StoreAsync"/>.</summary>
    internal const string SessionIdProperty = ".cognitokit.sid";

    /// <summary>Marks the ticket of a session that is gone or was refused: the scheme signs the user out.</summary>
    internal const string EndedProperty = ".cognitokit.ended";

    /// <summary>Where the request keeps its live session (read by <see cref="HttpContextCognitoSessionAccessor"/>).</summary>
    internal static readonly object SessionItem = new();

    private readonly ICognitoKit _cognito;
    private readonly CognitoWebSignInOptions _options;
    private readonly string _scheme;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public WebSessionTicketStore(ICognitoKit cognito, CognitoWebSignInOptions options, string scheme, TimeProvider time, ILogger logger)
    {
        _cognito = cognito;
        _options = options;
        _scheme = scheme;
        _time = time;
        _logger = logger;
    }

    internal static string NewSessionId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    internal static string StoreKey(string sessionId) => "web-session:" + sessionId;

    public Task<string> StoreAsync(AuthenticationTicket ticket) =>
        ticket.Properties.Items.TryGetValue(SessionIdProperty, out string? id) && !string.IsNullOrEmpty(id)
            ? Task.FromResult(id)
            : throw new InvalidOperationException(
                $"The '{_scheme}' scheme keeps Cognito sessions: sign users in through ICognitoWebSignIn, not HttpContext.SignInAsync directly.");

    public Task RenewAsync(string key, AuthenticationTicket ticket) => Task.CompletedTask;

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        throw new NotSupportedException("The web sign-in reads sessions with the request.");

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        CognitoSession? session = await _cognito.Sessions.GetAsync(StoreKey(key), cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            WebSignInLog.SessionGone(_logger);
            return Ended();
        }

        CognitoTokens tokens;
        CognitoTokenValidationResult? result = null;
        try
        {
            tokens = await session.GetValidTokensAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CognitoSessionExpiredException)
        {
            WebSignInLog.RefreshRefused(_logger, session.Username);
            return Ended();
        }
        catch (CognitoException ex) when (!session.IsEnded)
        {
            // Cognito could not refresh just now (throttled, unavailable): the tokens may still work until they expire.
            // When they no longer validate, the failure is not the user's: it propagates and the cookie is kept.
            tokens = session.Tokens;
            result = await _cognito.Tokens.ValidateAsync(tokens.IdToken, CognitoTokenUse.Id, cancellationToken).ConfigureAwait(false);
            if (result.Claims is null)
            {
                throw;
            }

            WebSignInLog.RefreshPostponed(_logger, session.Username, ex.GetType().Name);
        }

        result ??= await _cognito.Tokens.ValidateAsync(tokens.IdToken, CognitoTokenUse.Id, cancellationToken).ConfigureAwait(false);
        if (result.Claims is null)
        {
            WebSignInLog.IdTokenRejected(_logger, session.Username, result.RejectionReason?.ToString());
            return Ended();
        }

        httpContext.Items[SessionItem] = session;
        ClaimsPrincipal principal = result.Claims.ToPrincipal(_scheme);
        DateTimeOffset signedInAt = result.Claims.AuthTime ?? result.Claims.IssuedAt ?? _time.GetUtcNow();
        var properties = new AuthenticationProperties
        {
            IssuedUtc = signedInAt,
            ExpiresUtc = signedInAt + _options.RefreshTokenLifetime,
            IsPersistent = _options.IsPersistent,
            AllowRefresh = false,
        };
        return new AuthenticationTicket(principal, properties, _scheme);
    }

    public Task RemoveAsync(string key) => _cognito.Sessions.RemoveAsync(StoreKey(key));

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        _cognito.Sessions.RemoveAsync(StoreKey(key), cancellationToken);

    private AuthenticationTicket Ended()
    {
        var properties = new AuthenticationProperties();
        properties.Items[EndedProperty] = "1";
        return new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity()), properties, _scheme);
    }

    /// <summary>The scheme's principal check: signs the user out (cookie and store entry) when the session ended.</summary>
    internal static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (context.Properties.Items.ContainsKey(EndedProperty))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
        }
    }
}
