using System.Collections.Concurrent;

namespace CognitoKit;

/// <summary>The default <see cref="ICognitoIdentityIdStore"/>: a thread-safe map that lives as long as the app.</summary>
public sealed class InMemoryCognitoIdentityIdStore : ICognitoIdentityIdStore
{
    private readonly ConcurrentDictionary<IdentityIdKey, string> _ids = new();

    /// <inheritdoc />
    public ValueTask<string?> GetAsync(IdentityIdKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(_ids.TryGetValue(key, out string? id) ? id : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(IdentityIdKey key, string identityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(identityId);
        _ids[key] = identityId;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(IdentityIdKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        _ids.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }
}
