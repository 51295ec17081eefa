using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>AliasExistsException</c>: sent when an email address or phone number being confirmed or verified is already the alias of another user (and alias creation was not forced).</summary>
public sealed class AliasExistsException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public AliasExistsException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("AliasExistsException", message, requestId, statusCode)
    {
    }
}
