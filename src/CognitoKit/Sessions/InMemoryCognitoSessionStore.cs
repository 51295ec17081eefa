using System.Collections.Concurrent;

namespace CognitoKit.Sessions;

/// <summary>The default <see cref="ICognitoSessionStore"/>: a thread-safe map in this process's memory, lost on restart.</summary>
internal sealed class InMemoryCognitoSessionStore : ICognitoSessionStore
{
    private readonly ConcurrentDictionary<string, CognitoSessionSnapshot> _sessions = new(StringComparer.Ordinal);

    /// <summary>How many sessions are held.</summary>
    public int Count => _sessions.Count;

    public ValueTask<CognitoSessionSnapshot?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<CognitoSessionSnapshot?>(_sessions.TryGetValue(key, out CognitoSessionSnapshot? snapshot) ? snapshot : null);
    }

    public ValueTask SetAsync(string key, CognitoSessionSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        _sessions[key] = snapshot;
        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        _sessions.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"InMemoryCognitoSessionStore {{ Count = {Count} }}";
}
