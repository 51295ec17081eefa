using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>CodeDeliveryFailureException</c>: sent when Cognito could not deliver a verification or confirmation code by email or SMS.</summary>
public sealed class CodeDeliveryFailureException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public CodeDeliveryFailureException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("CodeDeliveryFailureException", message, requestId, statusCode)
    {
    }
}
