using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UnauthorizedException</c>: sent when a token revocation request is not authorized, for example the app client secret is wrong.</summary>
public sealed class UnauthorizedException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UnauthorizedException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UnauthorizedException", message, requestId, statusCode)
    {
    }
}
