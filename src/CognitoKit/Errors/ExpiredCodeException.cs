using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>ExpiredCodeException</c>: sent when a confirmation or reset code has expired (or was already used); ask for a new one.</summary>
public sealed class ExpiredCodeException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public ExpiredCodeException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("ExpiredCodeException", message, requestId, statusCode)
    {
    }
}
