namespace CognitoKit.Testing;

/// <summary>An error from the in-process set-up API, carrying the Cognito error code the wire would have sent.</summary>
public sealed class CognitoEmulatorException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">The Cognito error code, e.g. <c>InvalidPasswordException</c>.</param>
    /// <param name="message">The message.</param>
    public CognitoEmulatorException(string errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The Cognito error code.</summary>
    public string ErrorCode { get; }
}
