using System.Collections.Concurrent;

namespace CognitoKit.Testing;

/// <summary>Every request the emulator received, in order. Thread-safe.</summary>
public sealed class EmulatorRequestLog
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>All recorded requests.</summary>
    public IReadOnlyList<RecordedRequest> All => requests.ToArray();

    /// <summary>How many requests named <paramref name="operation"/> arrived (failed ones included).</summary>
    /// <param name="operation">The operation name without the target prefix.</param>
    /// <returns>The count.</returns>
    public int Count(string operation) => counts.GetValueOrDefault(operation);

    /// <summary>The total number of requests.</summary>
    public int Total => requests.Count;

    /// <summary>Forgets every recorded request.</summary>
    public void Clear()
    {
        requests.Clear();
        counts.Clear();
    }

    internal void Record(string operation, string target, string body)
    {
        requests.Enqueue(new RecordedRequest(operation, target, body));
        counts.AddOrUpdate(operation, 1, (_, n) => n + 1);
    }
}
