using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>PasswordHistoryPolicyViolationException</c>: sent when a new password repeats one of the user's recent passwords and the pool's password-history policy forbids it.</summary>
public sealed class PasswordHistoryPolicyViolationException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public PasswordHistoryPolicyViolationException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("PasswordHistoryPolicyViolationException", message, requestId, statusCode)
    {
    }
}
