using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>ConcurrentModificationException</c>: sent when another change to the same user was in progress (for example two TOTP associations at once). Transient: retried where the operation is safe to repeat.</summary>
public sealed class ConcurrentModificationException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public ConcurrentModificationException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("ConcurrentModificationException", message, requestId, statusCode)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
