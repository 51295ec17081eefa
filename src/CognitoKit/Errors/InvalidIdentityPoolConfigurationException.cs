using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidIdentityPoolConfigurationException</c>: sent when the identity pool is misconfigured, for example its role cannot be assumed (an identity pool configuration fault).</summary>
public sealed class InvalidIdentityPoolConfigurationException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidIdentityPoolConfigurationException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidIdentityPoolConfigurationException", message, requestId, statusCode)
    {
    }
}
