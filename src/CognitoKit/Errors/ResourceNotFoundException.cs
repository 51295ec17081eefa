using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>ResourceNotFoundException</c>: sent when the user pool, app client, identity pool, identity or device does not exist (often a wrong id in configuration, or a wrong region).</summary>
public sealed class ResourceNotFoundException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public ResourceNotFoundException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("ResourceNotFoundException", message, requestId, statusCode)
    {
    }
}
