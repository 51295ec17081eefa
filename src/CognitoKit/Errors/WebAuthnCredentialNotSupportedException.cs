using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>WebAuthnCredentialNotSupportedException</c>: the passkey comes from an authenticator or uses an algorithm or attestation Cognito does not accept.</summary>
public sealed class WebAuthnCredentialNotSupportedException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public WebAuthnCredentialNotSupportedException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("WebAuthnCredentialNotSupportedException", message, requestId, statusCode)
    {
    }
}
