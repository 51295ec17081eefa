using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>ForbiddenException</c>: sent when AWS WAF blocked the request through a web ACL associated with the user pool.</summary>
public sealed class ForbiddenException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public ForbiddenException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.Forbidden)
        : base("ForbiddenException", message, requestId, statusCode)
    {
    }
}
