using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidSmsRoleAccessPolicyException</c>: sent when the role Cognito uses to send SMS lacks permission to publish (a user pool configuration fault).</summary>
public sealed class InvalidSmsRoleAccessPolicyException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidSmsRoleAccessPolicyException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidSmsRoleAccessPolicyException", message, requestId, statusCode)
    {
    }
}
