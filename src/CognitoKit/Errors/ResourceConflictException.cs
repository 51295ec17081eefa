using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>ResourceConflictException</c>: sent when an identity pool login is already linked to another identity.</summary>
public sealed class ResourceConflictException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public ResourceConflictException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("ResourceConflictException", message, requestId, statusCode)
    {
    }
}
