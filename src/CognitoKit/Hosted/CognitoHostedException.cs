namespace CognitoKit.Hosted;

/// <summary>The base of every failure of hosted or social sign-in, so callers can catch them together.</summary>
public abstract class CognitoHostedException : CognitoKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong; never a token, code or secret.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected CognitoHostedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
