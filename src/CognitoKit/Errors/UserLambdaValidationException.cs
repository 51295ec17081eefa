using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UserLambdaValidationException</c>: sent when a Lambda trigger (for example pre sign-up) rejected the request.</summary>
public sealed class UserLambdaValidationException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UserLambdaValidationException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UserLambdaValidationException", message, requestId, statusCode)
    {
    }
}
