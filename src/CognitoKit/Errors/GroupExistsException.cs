using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>GroupExistsException</c>: sent when a group of that name already exists in the user pool.</summary>
public sealed class GroupExistsException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public GroupExistsException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("GroupExistsException", message, requestId, statusCode)
    {
    }
}
