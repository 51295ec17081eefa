using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>UnsupportedTokenTypeException</c>: sent when the token given for revocation is not a refresh token.</summary>
public sealed class UnsupportedTokenTypeException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public UnsupportedTokenTypeException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("UnsupportedTokenTypeException", message, requestId, statusCode)
    {
    }
}
