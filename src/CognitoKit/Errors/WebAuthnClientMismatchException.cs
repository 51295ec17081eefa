using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>WebAuthnClientMismatchException</c>: the access token is for another app client than the one that started the registration.</summary>
public sealed class WebAuthnClientMismatchException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public WebAuthnClientMismatchException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("WebAuthnClientMismatchException", message, requestId, statusCode)
    {
    }
}
