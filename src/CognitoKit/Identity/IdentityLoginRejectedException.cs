namespace CognitoKit;

/// <summary>
/// The identity pool refused a login token (Cognito's <c>NotAuthorizedException</c>): the user's ID token or a social or
/// OIDC provider's token expired, was revoked, has an audience (app id or client id) the identity pool does not list,
/// comes from an app client or user pool the identity pool does not trust, or belongs to another identity.
/// </summary>
/// <remarks>Check the identity pool's authentication providers (user pool id and app client id); if the session has
/// ended, sign the user in again.</remarks>
public sealed class IdentityLoginRejectedException : CognitoIdentityException
{
    /// <summary>Creates the error.</summary>
    /// <param name="identityPoolId">The identity pool.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="cause">Cognito's answer.</param>
    public IdentityLoginRejectedException(string identityPoolId, string message, CognitoException cause)
        : base(identityPoolId, message, cause)
    {
    }
}
