using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>InvalidUserPoolConfigurationException</c>: sent when the user pool is not configured for what was asked, for example MFA or devices that are turned off.</summary>
public sealed class InvalidUserPoolConfigurationException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public InvalidUserPoolConfigurationException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("InvalidUserPoolConfigurationException", message, requestId, statusCode)
    {
    }
}
