using System.Security.Claims;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Turns a signed-in Cognito session into the web session, whichever way the user came in (own pages or hosted UI):
/// validates the ID token, saves the session in the store under a fresh id, and issues the cookie carrying that id.
/// </summary>
internal sealed class WebSessionIssuer
{
    private readonly ICognitoKit _cognito;
    private readonly CognitoWebSignInOptions _options;
    private readonly string _scheme;
    private readonly ILogger _logger;

    public WebSessionIssuer(ICognitoKit cognito, CognitoWebSignInOptions options, string scheme, ILogger logger)
    {
        _cognito = cognito;
        _options = options;
        _scheme = scheme;
        _logger = logger;
    }

    /// <summary>Issues the session; false (nothing issued) when the app's validator refuses the ID token.</summary>
    public async Task<bool> IssueAsync(HttpContext context, CognitoSession session, CancellationToken cancellationToken)
    {
        CognitoTokenValidationResult result = await _cognito.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id, cancellationToken).ConfigureAwait(false);
        if (result.Claims is null)
        {
            WebSignInLog.IdTokenRejected(_logger, session.Username, result.RejectionReason?.ToString());
            return false;
        }

        string sessionId = WebSessionTicketStore.NewSessionId();
        await _cognito.Sessions.SaveAsync(WebSessionTicketStore.StoreKey(sessionId), session, cancellationToken).ConfigureAwait(false);
        ClaimsPrincipal principal = result.Claims.ToPrincipal(_scheme);
        var properties = new AuthenticationProperties { IsPersistent = _options.IsPersistent };
        properties.Items[WebSessionTicketStore.SessionIdProperty] = sessionId;
        await context.SignInAsync(_scheme, principal, properties).ConfigureAwait(false);
        context.User = principal;
        context.Items[WebSessionTicketStore.SessionItem] = session;
        return true;
    }
}
