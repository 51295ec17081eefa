using System.Net;

namespace CognitoKit.StackExchangeRedis;

/// <summary>
/// Redis could not be reached for a session that this instance does not hold in memory, or another instance's refresh
/// of the session did not finish in time. Transient: the session is kept as it is, and a later call may succeed.
/// </summary>
public sealed class CognitoSessionStoreUnavailableException : CognitoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What could not be done.</param>
    /// <param name="innerException">The Redis error, when there is one.</param>
    public CognitoSessionStoreUnavailableException(string message, Exception? innerException = null)
        : base("SessionStoreUnavailable", message, requestId: null, HttpStatusCode.ServiceUnavailable, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
