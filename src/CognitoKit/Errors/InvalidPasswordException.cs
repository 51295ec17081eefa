using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidPasswordException</c>: sent when a new password does not satisfy the user pool's password policy.</summary>
public sealed class InvalidPasswordException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidPasswordException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidPasswordException", message, requestId, statusCode)
    {
    }
}
