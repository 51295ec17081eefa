using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InternalErrorException</c>: a fault on the service's side. Retried where the operation is safe to repeat.</summary>
public sealed class InternalErrorException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InternalErrorException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.InternalServerError)
        : base("InternalErrorException", message, requestId, statusCode)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
