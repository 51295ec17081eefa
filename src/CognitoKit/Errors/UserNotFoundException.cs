using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UserNotFoundException</c>: sent when the user does not exist (only when the pool reveals it: with user-existence errors prevented, Cognito answers NotAuthorizedException instead).</summary>
public sealed class UserNotFoundException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UserNotFoundException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UserNotFoundException", message, requestId, statusCode)
    {
    }
}
