using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>
/// The app's own sign-in pages: runs the SRP sign-in and every challenge step through <see cref="ICognitoKit"/>, keeps
/// the sign-in in progress on the server, and issues the cookie of <c>AddCognitoWebSignIn</c> when it completes.
/// Inject it into a Razor page, a controller or an endpoint. <see cref="SignInAsync"/> and <see cref="AnswerAsync"/> refuse a
/// post without a valid antiforgery token (see <see cref="CognitoWebSignInOptions.ValidateAntiforgery"/>).
/// </summary>
public interface ICognitoWebSignIn
{
    /// <summary>Starts a password sign-in (SRP), presenting the browser's remembered device when <c>AddCognitoDeviceCookie</c> is registered.</summary>
    /// <param name="context">The current request.</param>
    /// <param name="username">The username or alias typed.</param>
    /// <param name="password">The password typed.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Signed in (cookie issued), a challenge to answer, or a failure message.</returns>
    Task<CognitoWebSignInResult> SignInAsync(HttpContext context, string username, string password, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a passkey sign-in (<c>USER_AUTH</c> preferring <c>WEB_AUTHN</c>). When the user has a passkey, the result is
    /// <see cref="CognitoWebSignInStatus.ChallengeRequired"/> with a <see cref="PasskeyRequired"/>: send its
    /// <see cref="PasskeyRequired.RequestOptionsJson"/> to the page, and answer with the page's assertion through
    /// <see cref="AnswerAsync"/> (<c>((PasskeyRequired)c).AnswerAsync(credentialJson, ct)</c>). Without a passkey Cognito
    /// offers the other first factors (a <see cref="FirstFactorSelectionRequired"/>).
    /// </summary>
    /// <param name="context">The current request.</param>
    /// <param name="username">The username or alias typed.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A challenge to answer, or a failure message.</returns>
    Task<CognitoWebSignInResult> SignInWithPasskeyAsync(HttpContext context, string username, CancellationToken cancellationToken = default);

    /// <summary>The challenge this browser's sign-in waits on, or <see langword="null"/> when none is (or it expired).</summary>
    /// <param name="context">The current request.</param>
    /// <returns>The challenge, kept on the server.</returns>
    SignInChallenge? GetPendingChallenge(HttpContext context);

    /// <summary>
    /// Answers the challenge this browser's sign-in waits on with <paramref name="answer"/>, which calls the answer method of
    /// its concrete type (for example <c>((TotpCodeRequired)c).AnswerAsync(code, ct)</c>).
    /// </summary>
    /// <param name="context">The current request.</param>
    /// <param name="answer">Answers the challenge and returns the next step.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Signed in, the next (or the same, after a wrong code) challenge, or a failure message.</returns>
    Task<CognitoWebSignInResult> AnswerAsync(
        HttpContext context, Func<SignInChallenge, CancellationToken, Task<SignInStep>> answer, CancellationToken cancellationToken = default);

    /// <summary>
    /// Signs the user out: revokes the session's refresh token (or, with <paramref name="everywhere"/>, signs the user out
    /// on every device with <c>GlobalSignOut</c>), removes the session from the store and deletes the cookie.
    /// </summary>
    /// <param name="context">The current request.</param>
    /// <param name="everywhere">Whether to end every session of the user, not only this browser's.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task that completes when the user is signed out here.</returns>
    Task SignOutAsync(HttpContext context, bool everywhere = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the browser to the hosted UI (managed login) to sign in, or with <paramref name="identityProvider"/> straight to
    /// a social or enterprise provider: redirects to <c>/oauth2/authorize</c> with PKCE, a fresh <c>state</c> and
    /// <c>nonce</c>, and <c>{origin}{PathBase}</c><see cref="CognitoWebSignInOptions.CallbackPath"/> as the redirect URI. The
    /// callback, answered by <c>app.UseAuthentication()</c>, issues the same cookie session as <see cref="SignInAsync"/> and
    /// redirects to <paramref name="returnUrl"/> when it is local (else to <c>/</c>); a failure redirects to
    /// <see cref="CognitoWebSignInOptions.ErrorPath"/> with a <see cref="CognitoHostedSignInFailure"/>.
    /// </summary>
    /// <param name="context">The current request; its response becomes the redirect.</param>
    /// <param name="returnUrl">Where to go once signed in; only a local URL is followed.</param>
    /// <param name="identityProvider">A provider of the user pool, such as <c>Google</c> (see <c>HostedIdentityProviders</c>); null for the hosted page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the redirect is written.</returns>
    /// <exception cref="InvalidOperationException">The hosted UI is not configured (<c>AddHostedUI</c>), or names another app client than CognitoKit's.</exception>
    Task ChallengeHostedUIAsync(HttpContext context, string? returnUrl = null, string? identityProvider = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Signs the user out like <see cref="SignOutAsync"/> (revocation, or <c>GlobalSignOut</c> with <paramref name="everywhere"/>,
    /// store entry, cookie), then ends the hosted UI's own session too: redirects to the domain's <c>/logout</c> with
    /// <c>logout_uri</c> set to <c>{origin}{PathBase}</c><see cref="CognitoWebSignInOptions.SignedOutCallbackPath"/>, which
    /// sends the browser on to <paramref name="returnUrl"/> when it is local (else to <c>/</c>).
    /// </summary>
    /// <param name="context">The current request; its response becomes the redirect.</param>
    /// <param name="returnUrl">The app's signed-out page; only a local URL is followed.</param>
    /// <param name="everywhere">Whether to end every session of the user, not only this browser's.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task that completes when the user is signed out here and the redirect is written.</returns>
    /// <exception cref="InvalidOperationException">The hosted UI is not configured (<c>AddHostedUI</c>).</exception>
    Task SignOutHostedUIAsync(HttpContext context, string? returnUrl = null, bool everywhere = false, CancellationToken cancellationToken = default);

    /// <summary>Returns <paramref name="returnUrl"/> when it is a local URL of this app, else <c>~/</c>: redirect only to what this returns.</summary>
    /// <param name="returnUrl">The URL the sign-in page was given.</param>
    /// <returns>A local URL.</returns>
    string GetSafeReturnUrl(string? returnUrl);
}
