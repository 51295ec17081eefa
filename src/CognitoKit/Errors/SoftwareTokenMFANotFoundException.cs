using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>SoftwareTokenMFANotFoundException</c>: sent when TOTP MFA is required but the user has not associated an authenticator app.</summary>
public sealed class SoftwareTokenMFANotFoundException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public SoftwareTokenMFANotFoundException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("SoftwareTokenMFANotFoundException", message, requestId, statusCode)
    {
    }
}
