using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>WebAuthnChallengeNotFoundException</c>: the registration answers no pending challenge: it expired, was already used, or the credential was made for other options.</summary>
public sealed class WebAuthnChallengeNotFoundException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public WebAuthnChallengeNotFoundException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("WebAuthnChallengeNotFoundException", message, requestId, statusCode)
    {
    }
}
