using System.Net;

namespace CognitoKit.Errors;

/// <summary>Cognito's <c>DeviceKeyExistsException</c>: sent when a device being confirmed is already confirmed for the user.</summary>
public sealed class DeviceKeyExistsException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="requestId">The request id, when known.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public DeviceKeyExistsException(string message, string? requestId = null, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base("DeviceKeyExistsException", message, requestId, statusCode)
    {
    }
}
