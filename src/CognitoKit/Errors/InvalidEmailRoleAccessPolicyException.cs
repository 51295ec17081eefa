using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidEmailRoleAccessPolicyException</c>: sent when Cognito is not allowed to send email with the pool's configured identity (a user pool configuration fault).</summary>
public sealed class InvalidEmailRoleAccessPolicyException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidEmailRoleAccessPolicyException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidEmailRoleAccessPolicyException", message, requestId, statusCode)
    {
    }
}
