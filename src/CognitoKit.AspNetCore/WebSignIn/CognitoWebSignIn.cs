using CognitoKit.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>The app's own sign-in pages' service (see <see cref="ICognitoWebSignIn"/>).</summary>
internal sealed class CognitoWebSignIn : ICognitoWebSignIn
{
    internal const string WrongCredentials = "The username or password is incorrect, or this account cannot sign in right now.";
    internal const string WrongCode = "That code is not right. Try again.";
    internal const string TryLater = "Sign-in is not possible right now. Try again later.";
    internal const string Expired = "The sign-in took too long. Start again.";
    internal const string Forged = "This form has expired. Reload the page and try again.";

    private readonly ICognitoKit _cognito;
    private readonly CognitoWebSignInOptions _options;
    private readonly string _scheme;
    private readonly PendingChallenges _pending;
    private readonly IDataProtector _protector;
    private readonly CognitoDeviceCookie? _devices;
    private readonly WebSessionIssuer _issuer;
    private readonly HostedWebSignIn _hosted;
    private readonly ILogger _logger;

    public CognitoWebSignIn(
        ICognitoKit cognito, CognitoWebSignInOptions options, string scheme, PendingChallenges pending,
        IDataProtectionProvider dataProtection, CognitoDeviceCookie? devices, WebSessionIssuer issuer, HostedWebSignIn hosted, ILogger logger)
    {
        _issuer = issuer;
        _hosted = hosted;
        _cognito = cognito;
        _options = options;
        _scheme = scheme;
        _pending = pending;
        _protector = dataProtection.CreateProtector("CognitoKit.AspNetCore.WebSignIn.Challenge", scheme);
        _devices = devices;
        _logger = logger;
    }

    public async Task<CognitoWebSignInResult> SignInAsync(HttpContext context, string username, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await IsForgedAsync(context).ConfigureAwait(false))
        {
            return CognitoWebSignInResult.Failed(Forged);
        }

        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
        {
            return CognitoWebSignInResult.Failed(WrongCredentials);
        }

        SignInCommand command = _cognito.SignIn(username, password);
        if (_devices is not null)
        {
            command.WithDevice(_devices.Read(context, username)).TrackNewDevice(_options.DeviceName);
        }

        return await StartAsync(context, username, command.SendAsync, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CognitoWebSignInResult> SignInWithPasskeyAsync(HttpContext context, string username, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await IsForgedAsync(context).ConfigureAwait(false))
        {
            return CognitoWebSignInResult.Failed(Forged);
        }

        if (string.IsNullOrWhiteSpace(username))
        {
            return CognitoWebSignInResult.Failed(WrongCredentials);
        }

        ChoiceSignInCommand command = _cognito.SignInWithChoice(username).Prefer(AuthFactor.WebAuthn);
        if (_devices is not null)
        {
            command.WithDevice(_devices.Read(context, username)).TrackNewDevice(_options.DeviceName);
        }

        return await StartAsync(context, username, command.SendAsync, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CognitoWebSignInResult> StartAsync(HttpContext context, string username, Func<CancellationToken, Task<SignInStep>> send, CancellationToken cancellationToken)
    {
        ForgetChallenge(context);
        SignInStep step;
        try
        {
            step = await send(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NotAuthorizedException or UserNotFoundException or UserNotConfirmedException
            or PasswordResetRequiredException or TooManyFailedAttemptsException)
        {
            WebSignInLog.SignInFailed(_logger, ex.GetType().Name);
            return CognitoWebSignInResult.Failed(WrongCredentials);
        }
        catch (Exception ex) when (ex is TooManyRequestsException or LimitExceededException)
        {
            WebSignInLog.SignInFailed(_logger, ex.GetType().Name);
            return CognitoWebSignInResult.Failed(TryLater);
        }

        return await NextAsync(context, username, step, cancellationToken).ConfigureAwait(false);
    }

    public SignInChallenge? GetPendingChallenge(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? id = ChallengeId(context);
        return id is null ? null : _pending.Get(id);
    }

    public async Task<CognitoWebSignInResult> AnswerAsync(
        HttpContext context, Func<SignInChallenge, CancellationToken, Task<SignInStep>> answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answer);
        if (await IsForgedAsync(context).ConfigureAwait(false))
        {
            return CognitoWebSignInResult.Failed(Forged);
        }

        string? id = ChallengeId(context);
        SignInChallenge? challenge = id is null ? null : _pending.Get(id);
        if (id is null || challenge is null)
        {
            ForgetChallenge(context);
            return CognitoWebSignInResult.Failed(Expired);
        }

        SignInStep step;
        try
        {
            step = await answer(challenge, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is CodeMismatchException or InvalidPasswordException or PasswordHistoryPolicyViolationException or ArgumentException)
        {
            // The challenge stays open for another try (an ArgumentException is a malformed code, never sent).
            WebSignInLog.SignInFailed(_logger, ex.GetType().Name);
            return CognitoWebSignInResult.Challenged(challenge, ex is CodeMismatchException or ArgumentException ? WrongCode : "That password cannot be used. Choose another.");
        }
        catch (Exception ex) when (ex is CognitoException or ChallengeAlreadyAnsweredException or SignInSessionExpiredException)
        {
            WebSignInLog.SignInFailed(_logger, ex.GetType().Name);
            _pending.Remove(id);
            ForgetChallenge(context);
            return CognitoWebSignInResult.Failed(ex is TooManyRequestsException or LimitExceededException ? TryLater : Expired);
        }

        _pending.Remove(id);
        return await NextAsync(context, challenge.Username, step, cancellationToken).ConfigureAwait(false);
    }

    public async Task SignOutAsync(HttpContext context, bool everywhere = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        AuthenticateResult auth = await context.AuthenticateAsync(_scheme).ConfigureAwait(false);
        if (auth.Succeeded && context.Items.TryGetValue(WebSessionTicketStore.SessionItem, out object? item) && item is CognitoSession { IsEnded: false } session)
        {
            CognitoAccount account = _cognito.Account(session);
            try
            {
                if (everywhere)
                {
                    await account.SignOutEverywhereAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await account.RevokeRefreshTokenAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (CognitoException ex) when (!everywhere)
            {
                WebSignInLog.RevokeFailed(_logger, session.Username, ex);
            }
            finally
            {
                // Removes the store entry (through the ticket store) and deletes the cookie, whatever Cognito said.
                await context.SignOutAsync(_scheme).ConfigureAwait(false);
            }
        }
        else
        {
            await context.SignOutAsync(_scheme).ConfigureAwait(false);
        }
    }

    public Task ChallengeHostedUIAsync(HttpContext context, string? returnUrl = null, string? identityProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        ForgetChallenge(context);
        _hosted.Challenge(context, returnUrl, identityProvider);
        return Task.CompletedTask;
    }

    public async Task SignOutHostedUIAsync(HttpContext context, string? returnUrl = null, bool everywhere = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        _hosted.RequireConfigured(); // before anything is signed out
        await SignOutAsync(context, everywhere, cancellationToken).ConfigureAwait(false);
        _hosted.RedirectToLogout(context, returnUrl);
    }

    public string GetSafeReturnUrl(string? returnUrl) => IsLocalUrl(returnUrl) ? returnUrl! : "/";

    internal static bool IsLocalUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Any(c => char.IsControl(c)))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return url.Length >= 2 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'));
    }

    private async Task<CognitoWebSignInResult> NextAsync(HttpContext context, string username, SignInStep step, CancellationToken cancellationToken)
    {
        if (step is SignInChallenge challenge)
        {
            string id = _pending.Add(challenge, _options.ChallengeLifetime);
            context.Response.Cookies.Append(_options.ChallengeCookieName, _protector.Protect(id), new CookieOptions
            {
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                Path = "/",
                MaxAge = _options.ChallengeLifetime,
            });
            return CognitoWebSignInResult.Challenged(challenge);
        }

        var signedIn = (SignedIn)step;
        ForgetChallenge(context);
        _devices?.Write(context, username, signedIn);
        return await _issuer.IssueAsync(context, signedIn.Session, cancellationToken).ConfigureAwait(false)
            ? CognitoWebSignInResult.SignedIn
            : CognitoWebSignInResult.Failed(TryLater);
    }

    /// <summary>Whether antiforgery is on and the request's token is missing or wrong (already checked by the middleware, or checked here).</summary>
    private async Task<bool> IsForgedAsync(HttpContext context)
    {
        if (!_options.ValidateAntiforgery)
        {
            return false;
        }

        if (context.Features.Get<IAntiforgeryValidationFeature>() is { } checkedAlready)
        {
            return !checkedAlready.IsValid;
        }

        bool valid = await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context).ConfigureAwait(false);
        if (!valid)
        {
            WebSignInLog.SignInFailed(_logger, "antiforgery token missing or invalid");
        }

        return !valid;
    }

    private string? ChallengeId(HttpContext context)
    {
        string? cookie = context.Request.Cookies[_options.ChallengeCookieName];
        if (string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(cookie);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private void ForgetChallenge(HttpContext context)
    {
        string? id = ChallengeId(context);
        if (id is not null)
        {
            _pending.Remove(id);
        }

        if (context.Request.Cookies.ContainsKey(_options.ChallengeCookieName))
        {
            context.Response.Cookies.Delete(_options.ChallengeCookieName, new CookieOptions { Path = "/", Secure = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }
    }
}
