using System.Security.Cryptography;
using System.Text;
using CognitoKit.Hosted;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// The hosted UI way into the web session: the redirect to <c>/oauth2/authorize</c> (PKCE, state, nonce), the callback
/// that ends in the same cookie session as the app's own pages, and the round trip through the domain's <c>/logout</c>.
/// </summary>
/// <remarks>
/// What a started sign-in must remember (state, nonce, PKCE verifier, return URL) travels in a short-lived cookie of its
/// own, protected by Data Protection and sent only to the callback path, so any server of a farm sharing the keys can
/// finish it. The cookie is named after the state and deleted when the callback reads it: a callback replayed, forged
/// for another browser, or carrying a changed state finds no cookie and is refused before anything is sent to Cognito.
/// </remarks>
internal sealed class HostedWebSignIn
{
    /// <summary>How long a started hosted sign-in may take, the user typing a password or going through a social provider.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    internal const string CorrelationCookiePrefix = ".CognitoKit.Hosted.";
    internal const string SignedOutCookie = ".CognitoKit.SignedOut";

    private readonly ICognitoKit _cognito;
    private readonly CognitoWebSignInOptions _options;
    private readonly IOptions<CognitoHostedUIOptions> _hosted;
    private readonly IOptions<CognitoKitOptions> _kit;
    private readonly ITimeLimitedDataProtector _correlation;
    private readonly ITimeLimitedDataProtector _signedOut;
    private readonly WebSessionIssuer _issuer;
    private readonly ILogger _logger;

    public HostedWebSignIn(
        ICognitoKit cognito, CognitoWebSignInOptions options, IOptions<CognitoHostedUIOptions> hosted, IOptions<CognitoKitOptions> kit,
        IDataProtectionProvider dataProtection, string scheme, WebSessionIssuer issuer, ILogger logger)
    {
        _cognito = cognito;
        _options = options;
        _hosted = hosted;
        _kit = kit;
        _correlation = dataProtection.CreateProtector("CognitoKit.AspNetCore.WebSignIn.Hosted", scheme).ToTimeLimitedDataProtector();
        _signedOut = dataProtection.CreateProtector("CognitoKit.AspNetCore.WebSignIn.SignedOut", scheme).ToTimeLimitedDataProtector();
        _issuer = issuer;
        _logger = logger;
    }

    /// <summary>Whether <c>AddHostedUI</c> gave the user pool domain.</summary>
    public bool IsConfigured => _hosted.Value.Domain is not null;

    public void Challenge(HttpContext context, string? returnUrl, string? identityProvider)
    {
        RequireConfigured();
        string? hostedClient = _hosted.Value.ClientId;
        if (!string.IsNullOrEmpty(hostedClient) && !string.Equals(hostedClient, _kit.Value.ClientId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{CognitoHostedUIOptions.SectionName}:ClientId differs from {CognitoKitOptions.SectionName}:ClientId: the web session refreshes through the "
                + "CognitoKit app client, so the hosted UI must sign users in with that same client. Leave the hosted UI's ClientId unset.");
        }

        HostedAuthorization authorization = _cognito.HostedUI.CreateAuthorization(new HostedSignInCommand
        {
            IdentityProvider = string.IsNullOrEmpty(identityProvider) ? null : identityProvider,
            RedirectUri = AppUri(context, _options.CallbackPath),
        });
        string safeReturnUrl = CognitoWebSignIn.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        string kept = string.Join('\n', authorization.State, authorization.Nonce, authorization.CodeVerifier, authorization.RedirectUri.AbsoluteUri, safeReturnUrl);
        context.Response.Cookies.Append(CorrelationCookieName(authorization.State), _correlation.Protect(kept, Lifetime), CookieOptions(context, _options.CallbackPath));
        context.Response.Redirect(authorization.AuthorizationUri.AbsoluteUri);
    }

    /// <summary>Answers the callback path: the cookie session and a redirect to the return URL, or a redirect to the error path.</summary>
    public async Task CompleteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        string? state = context.Request.Query["state"];
        (HostedAuthorization Authorization, string ReturnUrl)? started = string.IsNullOrEmpty(state) ? null : TakeCorrelation(context, state);
        if (started is not { } found)
        {
            Fail(context, CognitoHostedSignInFailure.InvalidState, returnUrl: null, reason: "no sign-in of this browser has that state");
            return;
        }

        CognitoSession session;
        try
        {
            session = await _cognito.HostedUI.CompleteSignInAsync(new Uri(context.Request.GetEncodedUrl()), found.Authorization, cancellationToken).ConfigureAwait(false);
        }
        catch (HostedStateMismatchException)
        {
            Fail(context, CognitoHostedSignInFailure.InvalidState, found.ReturnUrl, "the state does not match");
            return;
        }
        catch (OAuthErrorException ex) when (ex.Origin == OAuthErrorSource.Callback)
        {
            Fail(context, ex.Error == "access_denied" ? CognitoHostedSignInFailure.AccessDenied : CognitoHostedSignInFailure.ProviderError, found.ReturnUrl, ex.Error.Length > 64 ? ex.Error[..64] : ex.Error);
            return;
        }
        catch (OAuthErrorException ex) when (ex.StatusCode is >= 500 or 429)
        {
            Fail(context, CognitoHostedSignInFailure.Unavailable, found.ReturnUrl, ex.Error);
            return;
        }
        catch (CognitoHostedException ex)
        {
            Fail(context, CognitoHostedSignInFailure.TokenRejected, found.ReturnUrl, ex.GetType().Name);
            return;
        }
        catch (HttpRequestException ex)
        {
            Fail(context, CognitoHostedSignInFailure.Unavailable, found.ReturnUrl, ex.GetType().Name);
            return;
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            Fail(context, CognitoHostedSignInFailure.Unavailable, found.ReturnUrl, ex.GetType().Name);
            return;
        }

        bool issued;
        try
        {
            issued = await _issuer.IssueAsync(context, session, cancellationToken).ConfigureAwait(false);
        }
        catch (CognitoSessionPoolMismatchException)
        {
            issued = false;
        }

        if (!issued)
        {
            Fail(context, CognitoHostedSignInFailure.TokenRejected, found.ReturnUrl, "the app refused the ID token");
            return;
        }

        WebSignInLog.HostedSignedIn(_logger, session.Username);
        context.Response.Redirect(AppPath(context, found.ReturnUrl));
    }

    /// <summary>After the local sign-out: sends the browser through the domain's <c>/logout</c>, back to the signed-out callback.</summary>
    public void RedirectToLogout(HttpContext context, string? returnUrl)
    {
        RequireConfigured();
        Uri logout = _cognito.HostedUI.BuildLogoutUri(AppUri(context, _options.SignedOutCallbackPath));
        string safeReturnUrl = CognitoWebSignIn.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        context.Response.Cookies.Append(SignedOutCookie, _signedOut.Protect(safeReturnUrl, Lifetime), CookieOptions(context, _options.SignedOutCallbackPath));
        context.Response.Redirect(logout.AbsoluteUri);
    }

    /// <summary>Answers the signed-out callback path: a redirect to the return URL given at sign-out, or to the home page.</summary>
    public void CompleteSignOut(HttpContext context)
    {
        string returnUrl = "/";
        if (context.Request.Cookies[SignedOutCookie] is { Length: > 0 } cookie)
        {
            context.Response.Cookies.Delete(SignedOutCookie, DeleteOptions(context, _options.SignedOutCallbackPath));
            if (Unprotect(_signedOut, cookie) is { } kept && CognitoWebSignIn.IsLocalUrl(kept))
            {
                returnUrl = kept;
            }
        }

        context.Response.Redirect(AppPath(context, returnUrl));
    }

    /// <summary>Reads and deletes the correlation cookie of <paramref name="state"/>; null when there is none that holds.</summary>
    private (HostedAuthorization, string)? TakeCorrelation(HttpContext context, string state)
    {
        string name = CorrelationCookieName(state);
        if (context.Request.Cookies[name] is not { Length: > 0 } cookie)
        {
            return null;
        }

        context.Response.Cookies.Delete(name, DeleteOptions(context, _options.CallbackPath));
        string[]? parts = Unprotect(_correlation, cookie)?.Split('\n');
        if (parts is not { Length: 5 } || !Uri.TryCreate(parts[3], UriKind.Absolute, out Uri? redirectUri) || !CognitoWebSignIn.IsLocalUrl(parts[4]))
        {
            return null;
        }

        // The authorize address is not needed to finish; the redirect URI stands in for it.
        return (new HostedAuthorization(redirectUri, parts[0], parts[1], parts[2], redirectUri), parts[4]);
    }

    private void Fail(HttpContext context, CognitoHostedSignInFailure failure, string? returnUrl, string reason)
    {
        WebSignInLog.HostedSignInFailed(_logger, failure, reason);
        PathString path = _options.ErrorPath.HasValue ? _options.ErrorPath : _options.SignInPath;
        var query = new Dictionary<string, string?> { ["error"] = failure.ToString() };
        if (returnUrl is not null && returnUrl != "/")
        {
            query["ReturnUrl"] = returnUrl;
        }

        context.Response.Redirect(QueryHelpers.AddQueryString(context.Request.PathBase + path, query));
    }

    public void RequireConfigured()
    {
        if (!IsConfigured)
        {
            throw new InvalidOperationException(
                $"The hosted UI is not configured: call services.AddCognitoKit(...).AddHostedUI(...) and set {CognitoHostedUIOptions.SectionName}:Domain.");
        }
    }

    internal static string CorrelationCookieName(string state) =>
        CorrelationCookiePrefix + WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(state)))[..16];

    private static string? Unprotect(ITimeLimitedDataProtector protector, string value)
    {
        try
        {
            return protector.Unprotect(value, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static Uri AppUri(HttpContext context, PathString path) =>
        new(UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, path));

    /// <summary>A local return URL as a redirect target: <c>~/</c> is the app's base path.</summary>
    private static string AppPath(HttpContext context, string localUrl) =>
        localUrl.StartsWith("~/", StringComparison.Ordinal) ? context.Request.PathBase + localUrl[1..] : localUrl;

    private static CookieOptions CookieOptions(HttpContext context, PathString path) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        Path = (context.Request.PathBase + path).Value,
        MaxAge = Lifetime,
    };

    private static CookieOptions DeleteOptions(HttpContext context, PathString path) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Lax,
        Path = (context.Request.PathBase + path).Value,
    };
}
