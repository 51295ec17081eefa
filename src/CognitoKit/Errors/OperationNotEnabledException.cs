using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>OperationNotEnabledException</c>: sent when the operation is not enabled for the user pool or app client (for example a feature of a higher feature plan).</summary>
public sealed class OperationNotEnabledException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public OperationNotEnabledException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("OperationNotEnabledException", message, requestId, statusCode)
    {
    }
}
