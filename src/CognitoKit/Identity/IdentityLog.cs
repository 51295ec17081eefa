using Microsoft.Extensions.Logging;

namespace CognitoKit.Identity;

/// <summary>Log lines of the identity-pool side. Arguments are identity ids, pool ids and times: never a token or key.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Identity pool {IdentityPoolId} issued credentials for identity {IdentityId}, expiring {Expiration}")]
    public static partial void CredentialsIssued(ILogger logger, string identityPoolId, string identityId, DateTimeOffset expiration);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Guest identity {GuestIdentityId} was carried into identity {IdentityId} of identity pool {IdentityPoolId}")]
    public static partial void GuestLinked(ILogger logger, string guestIdentityId, string identityId, string identityPoolId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Identity pool {IdentityPoolId} refused remembered identity {IdentityId} ({ErrorCode}); forgetting it and asking GetId for the login's identity")]
    public static partial void RememberedIdentityRefused(ILogger logger, string identityPoolId, string identityId, string errorCode);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "Assumed role {RoleArn} for identity {IdentityId} through the basic flow, expiring {Expiration}")]
    public static partial void RoleAssumed(ILogger logger, string roleArn, string identityId, DateTimeOffset expiration);
}
