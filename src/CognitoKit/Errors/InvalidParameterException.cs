using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidParameterException</c>: sent when a parameter is missing, malformed or not allowed for this app client or pool (for example a wrong auth flow, or a secret hash the client does not need).</summary>
public sealed class InvalidParameterException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidParameterException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidParameterException", message, requestId, statusCode)
    {
    }
}
