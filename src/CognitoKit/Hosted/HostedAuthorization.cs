namespace CognitoKit.Hosted;

/// <summary>
/// One started sign-in: the address to send the browser to, and the values to keep (server-side or in a protected
/// cookie) until the callback, where they are checked.
/// </summary>
/// <param name="AuthorizationUri">The <c>/oauth2/authorize</c> address to redirect the browser to.</param>
/// <param name="State">The <c>state</c> sent; the callback must carry the same value.</param>
/// <param name="Nonce">The <c>nonce</c> sent; the ID token must carry the same value.</param>
/// <param name="CodeVerifier">The PKCE code verifier whose S256 challenge was sent. Secret.</param>
/// <param name="RedirectUri">The redirect URI sent; the code exchange repeats it.</param>
public sealed record HostedAuthorization(Uri AuthorizationUri, string State, string Nonce, string CodeVerifier, Uri RedirectUri)
{
    /// <summary>Describes the sign-in without the nonce and code verifier.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"HostedAuthorization {{ RedirectUri = {RedirectUri}, State = {State}, Nonce = ***, CodeVerifier = *** }}";
}
