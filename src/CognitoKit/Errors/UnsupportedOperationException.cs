using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UnsupportedOperationException</c>: sent when the operation is not supported for this request, for example revoking a token of a client without token revocation.</summary>
public sealed class UnsupportedOperationException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UnsupportedOperationException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UnsupportedOperationException", message, requestId, statusCode)
    {
    }
}
