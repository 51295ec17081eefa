using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>EnableSoftwareTokenMFAException</c>: sent when TOTP MFA could not be turned on, usually because the code from the authenticator app was wrong.</summary>
public sealed class EnableSoftwareTokenMFAException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public EnableSoftwareTokenMFAException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("EnableSoftwareTokenMFAException", message, requestId, statusCode)
    {
    }
}
