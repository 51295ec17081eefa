using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>Log lines of the outgoing token handler. Arguments are hosts, methods and usernames, never tokens.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "{Method} {Host} answered 401 for user {Username}; retrying once with refreshed tokens")]
    public static partial void RetryingAfterUnauthorized(ILogger logger, string method, string? host, string username);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Debug, Message = "Another call already refreshed the tokens of user {Username}; retrying with them")]
    public static partial void AlreadyRefreshed(ILogger logger, string username);
}
