using Microsoft.Extensions.Logging;

namespace CognitoKit.Hosted;

/// <summary>Log lines of hosted sign-in. Arguments are subjects, scopes and lifetimes: never a code, token or secret.</summary>
internal static partial class HostedLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Hosted sign-in completed for subject {Subject}")]
    public static partial void SignedIn(ILogger logger, string subject);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Client-credentials token issued for scopes [{Scopes}], valid {ExpiresIn} s")]
    public static partial void ClientCredentialsIssued(ILogger logger, string scopes, int expiresIn);
}
