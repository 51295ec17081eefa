using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UserNotConfirmedException</c>: sent when the user has not confirmed their sign-up yet.</summary>
public sealed class UserNotConfirmedException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UserNotConfirmedException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UserNotConfirmedException", message, requestId, statusCode)
    {
    }
}
