using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>ExternalServiceException</c>: sent when an external identity provider that an identity pool depends on (for example a social provider) failed or did not answer. Transient: retried where the operation is safe to repeat.</summary>
public sealed class ExternalServiceException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public ExternalServiceException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("ExternalServiceException", message, requestId, statusCode)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
