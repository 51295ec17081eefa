using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Tests.Logging;

/// <summary>
/// Keeps every log line at every level, with its structured values, scopes and exception text, so a redaction check
/// sees everything a real sink could write.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner.Lines.Enqueue($"[scope] {category}: {state} | {Values(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{logLevel} {category} {eventId}: {formatter(state, exception)} | {Values(state)} | {exception}");

        private static string Values<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
    }
}
