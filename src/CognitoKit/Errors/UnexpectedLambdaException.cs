using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UnexpectedLambdaException</c>: sent when a Lambda trigger of the user pool failed unexpectedly.</summary>
public sealed class UnexpectedLambdaException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UnexpectedLambdaException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UnexpectedLambdaException", message, requestId, statusCode)
    {
    }
}
