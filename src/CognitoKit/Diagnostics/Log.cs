using Microsoft.Extensions.Logging;

namespace CognitoKit.Diagnostics;

/// <summary>
/// Every log line CognitoKit writes. Arguments are operation names, codes, ids and durations only: a secret is never
/// an argument here, so no log level or sink can leak one.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Cognito {Service}.{Operation} succeeded in {ElapsedMs} ms (request id {RequestId})")]
    public static partial void CallSucceeded(ILogger logger, string service, string operation, long elapsedMs, string? requestId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Cognito {Service}.{Operation} failed with {ErrorCode} in {ElapsedMs} ms (request id {RequestId}, HTTP {StatusCode})")]
    public static partial void CallFailed(ILogger logger, string service, string operation, string errorCode, long elapsedMs, string? requestId, int statusCode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Cognito {Service}.{Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string service, string operation, int attempt, string reason, long delayMs);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Cognito {Service}.{Operation} could not be reached in {ElapsedMs} ms: {Reason}")]
    public static partial void CallUnreachable(ILogger logger, string service, string operation, long elapsedMs, string reason);
}
