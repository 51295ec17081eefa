namespace CognitoKit;

/// <summary>
/// Cognito does not know the identity pool (or the identity) asked for (<c>ResourceNotFoundException</c>): usually a
/// wrong <c>CognitoKit:IdentityPoolId</c> or a wrong region.
/// </summary>
public sealed class IdentityPoolNotFoundException : CognitoIdentityException
{
    /// <summary>Creates the error.</summary>
    /// <param name="identityPoolId">The identity pool.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="cause">Cognito's answer.</param>
    public IdentityPoolNotFoundException(string identityPoolId, string message, CognitoException cause)
        : base(identityPoolId, message, cause)
    {
    }
}
