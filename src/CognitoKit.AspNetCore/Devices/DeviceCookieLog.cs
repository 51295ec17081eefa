using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>Device cookie log lines: why a cookie was not used, never its content.</summary>
internal static partial class DeviceCookieLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Debug, Message = "The device cookie could not be used ({Reason}); signing in without a device")]
    public static partial void Unreadable(ILogger logger, string reason);
}
