using CognitoKit.Errors;

namespace CognitoKit;

/// <summary>
/// Cognito refused the session of a sign-in right after sign-up: it was used already, it expired (it lasts the app
/// client's authentication session lifetime, 3 minutes by default), or it belongs to another user or app client. Sign
/// the user in another way, such as with their password or a one-time code.
/// </summary>
/// <remarks>Cognito reports this as <c>NotAuthorizedException</c>; that is the <see cref="CognitoException.ErrorCode"/>, and the inner exception.</remarks>
public sealed class SignUpSessionRefusedException : CognitoException
{
    /// <summary>Creates the error from Cognito's answer.</summary>
    /// <param name="cause">Cognito's error.</param>
    public SignUpSessionRefusedException(CognitoException cause)
        : base(
            cause?.ErrorCode ?? "NotAuthorizedException",
            "Cognito refused the sign-up session (used already, expired, or not this user's): sign in another way.",
            cause?.RequestId,
            cause?.StatusCode ?? System.Net.HttpStatusCode.BadRequest,
            cause)
    {
    }
}
