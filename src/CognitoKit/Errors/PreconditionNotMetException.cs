using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>PreconditionNotMetException</c>: sent when a condition of an administrative call is not met, for example when an invitation is resent for a user who is not waiting for one.</summary>
public sealed class PreconditionNotMetException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public PreconditionNotMetException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("PreconditionNotMetException", message, requestId, statusCode)
    {
    }
}
