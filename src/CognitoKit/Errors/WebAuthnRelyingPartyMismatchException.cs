using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>WebAuthnRelyingPartyMismatchException</c>: the passkey was made for another relying party id than the user pool's.</summary>
public sealed class WebAuthnRelyingPartyMismatchException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public WebAuthnRelyingPartyMismatchException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("WebAuthnRelyingPartyMismatchException", message, requestId, statusCode)
    {
    }
}
