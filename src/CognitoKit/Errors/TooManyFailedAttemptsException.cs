using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>TooManyFailedAttemptsException</c>: sent when the user failed too many times (for example wrong codes) and must wait before trying again.</summary>
public sealed class TooManyFailedAttemptsException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public TooManyFailedAttemptsException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("TooManyFailedAttemptsException", message, requestId, statusCode)
    {
    }
}
