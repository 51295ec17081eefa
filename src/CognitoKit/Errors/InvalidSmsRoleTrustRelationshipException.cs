using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidSmsRoleTrustRelationshipException</c>: sent when the role Cognito uses to send SMS does not trust Cognito (a user pool configuration fault).</summary>
public sealed class InvalidSmsRoleTrustRelationshipException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidSmsRoleTrustRelationshipException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidSmsRoleTrustRelationshipException", message, requestId, statusCode)
    {
    }
}
