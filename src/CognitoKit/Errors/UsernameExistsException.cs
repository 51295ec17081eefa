using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UsernameExistsException</c>: sent when the username (or an alias given as username) is already taken in the user pool.</summary>
public sealed class UsernameExistsException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UsernameExistsException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UsernameExistsException", message, requestId, statusCode)
    {
    }
}
