using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidLambdaResponseException</c>: sent when a Lambda trigger of the user pool returned an answer Cognito could not use.</summary>
public sealed class InvalidLambdaResponseException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidLambdaResponseException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidLambdaResponseException", message, requestId, statusCode)
    {
    }
}
