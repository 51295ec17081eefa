using System.Net;

namespace CognitoKit.Errors;

/// <summary>
/// Cognito's <c>NotAuthorizedException</c>: wrong username or password, a revoked or expired token, a wrong secret
/// hash, or an operation the app client may not perform.
/// </summary>
public sealed class NotAuthorizedException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public NotAuthorizedException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("NotAuthorizedException", message, requestId, statusCode)
    {
    }
}
