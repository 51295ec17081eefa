using System.Net;

namespace CognitoKit;

/// <summary>
/// The service (or something in front of it, such as a proxy) answered with something that is not a Cognito answer:
/// an HTML error page, an empty body, or JSON of the wrong shape.
/// </summary>
public sealed class CognitoProtocolException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What was wrong, with a short sanitized excerpt of the body.</param>
    /// <param name="requestId">The request id, when the answer carried one.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="innerException">The parsing error, when there was one.</param>
    public CognitoProtocolException(string message, string? requestId, HttpStatusCode statusCode, Exception? innerException = null)
        : base("ProtocolError", message, requestId, statusCode, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => (int)StatusCode >= 500;
}
