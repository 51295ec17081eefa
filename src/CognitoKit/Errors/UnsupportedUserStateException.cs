using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UnsupportedUserStateException</c>: sent when the user is in a state the administrative call cannot handle, for example resending an invitation to a confirmed user.</summary>
public sealed class UnsupportedUserStateException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UnsupportedUserStateException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UnsupportedUserStateException", message, requestId, statusCode)
    {
    }
}
