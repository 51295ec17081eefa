using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>RefreshTokenReuseException</c>: sent when a refresh token that rotation already replaced was used again after its grace period.</summary>
public sealed class RefreshTokenReuseException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public RefreshTokenReuseException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("RefreshTokenReuseException", message, requestId, statusCode)
    {
    }
}
