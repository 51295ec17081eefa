using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>WebAuthnConfigurationMissingException</c>: the user pool has neither a passkey relying party id nor a domain to derive it from.</summary>
public sealed class WebAuthnConfigurationMissingException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public WebAuthnConfigurationMissingException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("WebAuthnConfigurationMissingException", message, requestId, statusCode)
    {
    }
}
