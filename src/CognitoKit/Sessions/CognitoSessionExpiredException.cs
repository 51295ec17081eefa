namespace CognitoKit;

/// <summary>
/// The session can no longer be refreshed (its refresh token was revoked, expired, or the user signed out or was
/// deleted): the user has to sign in again.
/// </summary>
public sealed class CognitoSessionExpiredException : CognitoKitException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">Why the session ended, with no token in it.</param>
    /// <param name="innerException">Cognito's error, when there was one.</param>
    public CognitoSessionExpiredException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
