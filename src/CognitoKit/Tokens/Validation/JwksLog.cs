using Microsoft.Extensions.Logging;

namespace CognitoKit.Tokens.Validation;

internal static partial class JwksLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Loaded {KeyCount} signing keys from {JwksUri}")]
    public static partial void KeysLoaded(ILogger logger, int keyCount, Uri jwksUri);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Could not load signing keys from {JwksUri}: {Problem}")]
    public static partial void KeysUnavailable(ILogger logger, Uri jwksUri, string problem, Exception? exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Not refetching {JwksUri} for an unknown kid: the last fetch was under {Interval} ago")]
    public static partial void RefetchSuppressed(ILogger logger, Uri jwksUri, TimeSpan interval);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Refetching {JwksUri} in the background: the signing keys are older than {MaxAge}")]
    public static partial void RefreshingAgedKeys(ILogger logger, Uri jwksUri, TimeSpan maxAge);
}
