using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>WebAuthnOriginNotAllowedException</c>: the page that made the passkey has an origin the user pool's relying party does not allow.</summary>
public sealed class WebAuthnOriginNotAllowedException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public WebAuthnOriginNotAllowedException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("WebAuthnOriginNotAllowedException", message, requestId, statusCode)
    {
    }
}
