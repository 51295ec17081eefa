using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoKit.StackExchangeRedis;

/// <summary>Log lines of the Redis package. Arguments are store keys, failure kinds and exception type names, never a token or secret.</summary>
internal static partial class RedisLog
{
    /// <summary>The package's logger, or none when the app has no logging.</summary>
    public static ILogger Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger("CognitoKit.StackExchangeRedis") ?? NullLogger.Instance;

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Redis connection lost ({FailureType}); sessions are served from this instance's memory and refreshed in process until it is back")]
    public static partial void Lost(ILogger logger, string failureType);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Redis connection restored; writing back what this instance changed meanwhile")]
    public static partial void Restored(ILogger logger);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Could not write the session under key {Key} to Redis ({ErrorType}); kept in this instance and written when Redis is back")]
    public static partial void WriteDeferred(ILogger logger, string key, string errorType);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning, Message = "Redis unreachable ({ErrorType}); serving the session under key {Key} from this instance's memory")]
    public static partial void ServedFromMemory(ILogger logger, string key, string errorType);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Warning, Message = "The entry under key {Key} could not be decrypted ({ErrorType}): treated as absent (was the Data Protection key ring lost?)")]
    public static partial void Unreadable(ILogger logger, string key, string errorType);

    [LoggerMessage(EventId = 8006, Level = LogLevel.Warning, Message = "Redis unreachable ({ErrorType}) for the refresh lease of key {Key}: refreshing in this instance only")]
    public static partial void RefreshInProcess(ILogger logger, string key, string errorType);

    [LoggerMessage(EventId = 8007, Level = LogLevel.Debug, Message = "Refresh of key {Key} {Outcome}")]
    public static partial void Refresh(ILogger logger, string key, string outcome);

    [LoggerMessage(EventId = 8008, Level = LogLevel.Warning, Message = "Writing back {Count} deferred session changes failed ({ErrorType}); retrying on the next reconnection or write")]
    public static partial void FlushFailed(ILogger logger, int count, string errorType);

    [LoggerMessage(EventId = 8009, Level = LogLevel.Warning, Message = "Could not tell the other instances of a revocation through Redis ({ErrorType}); sent when Redis is back")]
    public static partial void RevocationDeferred(ILogger logger, string errorType);

    [LoggerMessage(EventId = 8010, Level = LogLevel.Warning, Message = "Could not read the revocations of the other instances from Redis ({ErrorType}); read again when Redis is back")]
    public static partial void RevocationsNotLoaded(ILogger logger, string errorType);

    [LoggerMessage(EventId = 8011, Level = LogLevel.Information, Message = "Loaded {Count} revocations of the other instances from Redis")]
    public static partial void RevocationsLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 8012, Level = LogLevel.Information, Message = "Another instance revoked the tokens of a {Kind} of issuer {Issuer} until {ExpiresAt:O}")]
    public static partial void RevocationReceived(ILogger logger, CognitoKit.Tokens.CognitoRevocationKind kind, string issuer, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 8013, Level = LogLevel.Warning, Message = "Ignored a malformed revocation read from Redis")]
    public static partial void RevocationMalformed(ILogger logger);
}
