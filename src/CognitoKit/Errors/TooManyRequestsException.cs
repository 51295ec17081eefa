using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>TooManyRequestsException</c>: the call was throttled before anything was done. Retried automatically.</summary>
public sealed class TooManyRequestsException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public TooManyRequestsException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("TooManyRequestsException", message, requestId, statusCode)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
