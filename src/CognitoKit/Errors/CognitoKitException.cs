namespace CognitoKit;

/// <summary>
/// The root of every exception CognitoKit throws when it refuses or cannot complete what was asked: errors Cognito
/// answered with (<see cref="CognitoException"/>), sessions that can no longer be used
/// (<see cref="CognitoSessionExpiredException"/>), rejected tokens (<see cref="Tokens.CognitoTokenValidationException"/>),
/// hosted sign-in failures (<see cref="Hosted.CognitoHostedException"/>) and misuse of a sign-in step
/// (<see cref="ChallengeAlreadyAnsweredException"/>). Catch it to handle anything CognitoKit refused.
/// </summary>
/// <remarks>
/// Bad arguments stay <see cref="ArgumentException"/>, cancellation stays <see cref="OperationCanceledException"/>, and
/// missing configuration stays <see cref="InvalidOperationException"/> or <c>OptionsValidationException</c>: those are
/// the caller's mistakes, not refusals. Messages never contain a password, token, code or secret.
/// </remarks>
public abstract class CognitoKitException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong; never a password, token, code or secret.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected CognitoKitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
