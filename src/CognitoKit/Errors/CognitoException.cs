using System.Net;
using CognitoKit.Errors;

namespace CognitoKit;

/// <summary>
/// The base of every error Cognito (user pools or identity pools) answers with. Each error code the service models
/// list has its own subclass (for example <see cref="NotAuthorizedException"/>); an unknown code is this type with
/// <see cref="ErrorCode"/> kept as sent.
/// </summary>
/// <remarks>The message is the service's own text; it never contains a password, token or secret sent by the caller.</remarks>
public class CognitoException : CognitoKitException
{
    /// <summary>Creates an error with the service's code, message, request id and HTTP status.</summary>
    /// <param name="errorCode">The error code without any namespace prefix, for example <c>NotAuthorizedException</c>.</param>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The <c>x-amzn-RequestId</c> of the failed call, when known.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public CognitoException(string errorCode, string message, string? requestId, HttpStatusCode statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        RequestId = requestId;
        StatusCode = statusCode;
    }

    /// <summary>The error code, for example <c>NotAuthorizedException</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The request id AWS gave the failed call (quote it to AWS support), when known.</summary>
    public string? RequestId { get; }

    /// <summary>The HTTP status of the answer. Informational only: errors are told apart by <see cref="ErrorCode"/>.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Whether retrying the same call later may succeed (throttling and service-side faults).</summary>
    public virtual bool IsTransient => false;
}
