using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>MFAMethodNotFoundException</c>: sent when the user has no MFA method that the challenge needs.</summary>
public sealed class MFAMethodNotFoundException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public MFAMethodNotFoundException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("MFAMethodNotFoundException", message, requestId, statusCode)
    {
    }
}
