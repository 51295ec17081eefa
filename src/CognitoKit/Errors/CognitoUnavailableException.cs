using System.Net;

namespace CognitoKit;

/// <summary>
/// Cognito could not be reached: a network fault or a timeout, after the retries that were safe to make. Nothing is
/// known about whether the call took effect.
/// </summary>
public sealed class CognitoUnavailableException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What failed and where.</param>
    /// <param name="innerException">The network or timeout error.</param>
    public CognitoUnavailableException(string message, Exception innerException)
        : base("ServiceUnavailable", message, requestId: null, HttpStatusCode.ServiceUnavailable, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
