namespace CognitoKit;

/// <summary>
/// A challenge was answered after its sign-in session expired (Cognito allows about three minutes per challenge by
/// default): start the sign-in again.
/// </summary>
/// <remarks>Cognito reports this as <c>NotAuthorizedException</c>; that is the <see cref="CognitoException.ErrorCode"/>, and the inner exception.</remarks>
public sealed class SignInSessionExpiredException : CognitoException
{
    /// <summary>Creates the error from Cognito's answer.</summary>
    /// <param name="challengeName">The challenge that was answered too late.</param>
    /// <param name="cause">Cognito's error.</param>
    public SignInSessionExpiredException(string challengeName, CognitoException cause)
        : base(
            cause?.ErrorCode ?? "NotAuthorizedException",
            $"The sign-in session expired before the {challengeName} challenge was answered: start the sign-in again.",
            cause?.RequestId,
            cause?.StatusCode ?? System.Net.HttpStatusCode.BadRequest,
            cause)
    {
        ChallengeName = challengeName;
    }

    /// <summary>The challenge that was answered too late.</summary>
    public string ChallengeName { get; }
}
