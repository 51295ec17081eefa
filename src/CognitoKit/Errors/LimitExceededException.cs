using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>LimitExceededException</c>: sent when a limit for the resource was reached, for example too many code requests for the user in a period; waiting is needed, a quick retry does not help.</summary>
public sealed class LimitExceededException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public LimitExceededException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("LimitExceededException", message, requestId, statusCode)
    {
    }
}
