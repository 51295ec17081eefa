using Microsoft.Extensions.Logging;

namespace CognitoKit.Sessions;

/// <summary>Log lines of the session store binding. Arguments are store keys and exception type names, never tokens.</summary>
internal static partial class SessionsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Could not save the refreshed session under key {Key} ({ErrorType}); the live session keeps its new tokens")]
    public static partial void SaveAfterRefreshFailed(ILogger logger, string key, string errorType, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Not saving the refreshed session under key {Key}: the entry was removed")]
    public static partial void NotResaved(ILogger logger, string key);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Removed the session under key {Key}: Cognito refused its refresh token")]
    public static partial void RemovedEnded(ILogger logger, string key);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Could not remove the ended session under key {Key} ({ErrorType})")]
    public static partial void RemoveAfterEndFailed(ILogger logger, string key, string errorType, Exception exception);
}
