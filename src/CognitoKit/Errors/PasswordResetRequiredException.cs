using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>PasswordResetRequiredException</c>: sent when the user must reset their password before signing in (an administrator required it).</summary>
public sealed class PasswordResetRequiredException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public PasswordResetRequiredException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("PasswordResetRequiredException", message, requestId, statusCode)
    {
    }
}
