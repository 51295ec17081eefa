namespace CognitoKit;

/// <summary>
/// The identity pool does not allow unauthenticated (guest) identities, so a guest gets neither an identity nor
/// credentials. Turn on "guest access" in the identity pool, or sign the user in first.
/// </summary>
public sealed class GuestAccessNotAllowedException : CognitoIdentityException
{
    /// <summary>Creates the error.</summary>
    /// <param name="identityPoolId">The identity pool.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="cause">Cognito's answer.</param>
    public GuestAccessNotAllowedException(string identityPoolId, string message, CognitoException cause)
        : base(identityPoolId, message, cause)
    {
    }
}
