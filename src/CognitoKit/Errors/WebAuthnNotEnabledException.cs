using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>WebAuthnNotEnabledException</c>: passkeys are not turned on for the user pool (its sign-in policy does not allow <c>WEB_AUTHN</c>).</summary>
public sealed class WebAuthnNotEnabledException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public WebAuthnNotEnabledException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("WebAuthnNotEnabledException", message, requestId, statusCode)
    {
    }
}
