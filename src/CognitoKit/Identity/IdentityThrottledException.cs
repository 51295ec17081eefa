namespace CognitoKit;

/// <summary>
/// Cognito Identity kept throttling the call (<c>TooManyRequestsException</c> or <c>LimitExceededException</c>) after
/// every retry CognitoKit was allowed to make (<c>CognitoKit:MaxAttempts</c>). Nothing was changed; try again later.
/// </summary>
public sealed class IdentityThrottledException : CognitoIdentityException
{
    /// <summary>Creates the error.</summary>
    /// <param name="identityPoolId">The identity pool.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="cause">Cognito's answer.</param>
    public IdentityThrottledException(string identityPoolId, string message, CognitoException cause)
        : base(identityPoolId, message, cause)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
