using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>CodeMismatchException</c>: sent when a confirmation, verification or MFA code does not match the one Cognito expects.</summary>
public sealed class CodeMismatchException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public CodeMismatchException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("CodeMismatchException", message, requestId, statusCode)
    {
    }
}
