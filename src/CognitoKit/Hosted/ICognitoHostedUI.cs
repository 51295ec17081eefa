using CognitoKit.Hosted;

namespace CognitoKit;

/// <summary>
/// Hosted and social sign-in through the user pool domain (OAuth 2.0 authorization code with PKCE, OpenID Connect),
/// and machine-to-machine tokens: <c>cognito.HostedUI</c>. Configure it with <c>services.AddCognitoKit(...).AddHostedUI(...)</c>.
/// </summary>
public interface ICognitoHostedUI
{
    /// <summary>
    /// Starts a sign-in: makes a fresh <c>state</c>, <c>nonce</c> and PKCE verifier and the <c>/oauth2/authorize</c>
    /// address to redirect the browser to. Keep the result until the callback.
    /// </summary>
    /// <param name="command">Provider, scopes and redirect URI for this sign-in; null for the configured defaults.</param>
    /// <returns>The address and the values to keep.</returns>
    /// <exception cref="ArgumentException">Both an identity provider and an identifier are given, or a scope is malformed.</exception>
    /// <exception cref="InvalidOperationException">The domain, client id or redirect URI is not configured.</exception>
    HostedAuthorization CreateAuthorization(HostedSignInCommand? command = null);

    /// <summary>
    /// Finishes a sign-in at the redirect URI: checks <c>state</c>, turns an <c>error</c> into an exception, exchanges the
    /// code (with the PKCE verifier), validates the ID token and its <c>nonce</c>, checks that the ID token's <c>at_hash</c>
    /// (when present, as Cognito sends it) matches the access token, validates the access token like any other
    /// (signature, issuer, <c>token_use</c>, <c>client_id</c>, expiry), and returns a session like SRP sign-in's.
    /// </summary>
    /// <remarks>Both tokens are validated for the <c>AddCognitoKit</c> pool and the hosted-UI app client only, by a validator
    /// of their own: the app-wide <see cref="Tokens.ICognitoTokenValidator"/> keeps accepting only the clients the app lists.</remarks>
    /// <param name="callbackUri">The full address the browser came back to.</param>
    /// <param name="authorization">What <see cref="CreateAuthorization"/> returned for this sign-in.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The signed-in session; it refreshes itself.</returns>
    /// <exception cref="HostedStateMismatchException">The state is missing or wrong.</exception>
    /// <exception cref="OAuthErrorException">The callback or the token endpoint reported an OAuth error.</exception>
    /// <exception cref="HostedNonceMismatchException">The ID token's nonce is wrong.</exception>
    /// <exception cref="HostedIdTokenRejectedException">The ID token failed validation.</exception>
    /// <exception cref="HostedAccessTokenMismatchException">The ID token's <c>at_hash</c> does not match the access token.</exception>
    /// <exception cref="HostedAccessTokenRejectedException">The access token failed validation.</exception>
    Task<CognitoSession> CompleteSignInAsync(Uri callbackUri, HostedAuthorization authorization, CancellationToken cancellationToken = default);

    /// <summary>Exchanges an authorization code at <c>/oauth2/token</c> without any session or token checks.</summary>
    /// <param name="code">The code from the callback.</param>
    /// <param name="codeVerifier">The PKCE verifier of the sign-in.</param>
    /// <param name="redirectUri">The redirect URI the code was issued for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="OAuthErrorException">The endpoint refused (for example <c>invalid_grant</c>).</exception>
    Task<OAuthTokenResponse> ExchangeCodeAsync(string code, string codeVerifier, Uri redirectUri, CancellationToken cancellationToken = default);

    /// <summary>Gets new ID and access tokens for a refresh token through <c>/oauth2/token</c>.</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens (no new refresh token unless rotation is on).</returns>
    /// <exception cref="OAuthErrorException">The endpoint refused (for example <c>invalid_grant</c> for a revoked token).</exception>
    Task<OAuthTokenResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default);

    /// <summary>
    /// A machine-to-machine access token from the client-credentials grant, cached per set of scopes and renewed
    /// before it expires; concurrent callers share one request.
    /// </summary>
    /// <param name="scopes">Resource-server scopes such as <c>orders/read</c>; none for every scope the client may have.</param>
    /// <param name="cancellationToken">Stops this caller's wait (the shared request goes on for others).</param>
    /// <returns>A valid token.</returns>
    /// <exception cref="OAuthErrorException">The endpoint refused (for example <c>invalid_client</c> or <c>invalid_scope</c>).</exception>
    Task<ClientCredentialsToken> GetClientCredentialsTokenAsync(IEnumerable<string>? scopes = null, CancellationToken cancellationToken = default);

    /// <summary>The user's attributes from <c>/oauth2/userInfo</c>.</summary>
    /// <param name="accessToken">An access token with the <c>openid</c> scope.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The attributes.</returns>
    /// <exception cref="OAuthErrorException">The token was refused (<c>invalid_token</c>).</exception>
    Task<HostedUserInfo> GetUserInfoAsync(string accessToken, CancellationToken cancellationToken = default);

    /// <summary>Revokes a refresh token and the access tokens issued with it, at <c>/oauth2/revoke</c>.</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="OAuthErrorException">The endpoint refused.</exception>
    Task RevokeAsync(string refreshToken, CancellationToken cancellationToken = default);

    /// <summary>The <c>/logout</c> address that ends the domain's own session and sends the browser to <paramref name="logoutUri"/>.</summary>
    /// <param name="logoutUri">A sign-out URL of the app client; null for <see cref="CognitoHostedUIOptions.LogoutUri"/>.</param>
    /// <returns>The address to redirect the browser to.</returns>
    /// <exception cref="InvalidOperationException">The domain, client id or logout URI is not configured.</exception>
    Uri BuildLogoutUri(Uri? logoutUri = null);
}
