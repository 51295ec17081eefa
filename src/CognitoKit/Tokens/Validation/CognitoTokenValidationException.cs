namespace CognitoKit.Tokens;

/// <summary>Thrown by the throwing validation path when a token is rejected, or when signing keys cannot be loaded.</summary>
/// <remarks>The message never contains the token or its signature.</remarks>
public sealed class CognitoTokenValidationException : CognitoKitException
{
    /// <summary>Creates the exception for a rejection.</summary>
    /// <param name="reason">Why the token was rejected.</param>
    /// <param name="message">A message that is safe to log.</param>
    public CognitoTokenValidationException(TokenRejectionReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Creates the exception for a rejection caused by another failure.</summary>
    /// <param name="reason">Why the token was rejected.</param>
    /// <param name="message">A message that is safe to log.</param>
    /// <param name="innerException">The underlying failure.</param>
    public CognitoTokenValidationException(TokenRejectionReason reason, string message, Exception? innerException)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the token was rejected.</summary>
    public TokenRejectionReason Reason { get; }
}
