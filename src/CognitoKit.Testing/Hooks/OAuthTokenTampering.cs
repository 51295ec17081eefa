namespace CognitoKit.Testing;

/// <summary>
/// A defect the domain's <c>/oauth2/token</c> endpoint puts into the user tokens it issues, planned with
/// <see cref="EmulatorFaults.TamperNextTokenResponse"/>, so a test can prove a client refuses them.
/// </summary>
public enum OAuthTokenTampering
{
    /// <summary>The ID token's <c>at_hash</c> is the hash of another access token (the ID token itself is validly signed).</summary>
    WrongAtHash = 1,

    /// <summary>
    /// The access token is signed by a key the pool does not publish (under the kid of its real key); the ID token's
    /// <c>at_hash</c> matches it, so only validating the access token itself reveals the forgery.
    /// </summary>
    ForgedAccessToken,
}
