using System.Collections.Concurrent;

namespace CognitoKit.Hosted;

/// <summary>
/// Client-credentials tokens per scope set. A token is reused until it is due for renewal; then exactly one request
/// renews it while every concurrent caller waits for that same request.
/// </summary>
internal sealed class ClientCredentialsTokenCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ClientCredentialsTokenCache(TimeProvider time) => _time = time;

    /// <summary>The cache key of a scope set: order and duplicates do not matter.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string>? scopes) =>
        scopes is null ? [] : [.. scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public Task<ClientCredentialsToken> GetAsync(
        IReadOnlyList<string> scopes,
        TimeSpan renewBefore,
        Func<CancellationToken, Task<ClientCredentialsToken>> fetch,
        CancellationToken cancellationToken)
    {
        Entry entry = _entries.GetOrAdd(string.Join(' ', scopes), _ => new Entry());
        if (Fresh(Volatile.Read(ref entry.Current)) is { } cached)
        {
            return Task.FromResult(cached);
        }

        Task<ClientCredentialsToken> shared;
        lock (entry.Gate)
        {
            if (Fresh(entry.Current) is { } token)
            {
                return Task.FromResult(token);
            }

            // A request in flight is shared; a failed one is not reused, so the next caller tries again.
            entry.Pending ??= RenewAsync(entry, renewBefore, fetch);
            shared = entry.Pending;
        }

        return shared.WaitAsync(cancellationToken);
    }

    private async Task<ClientCredentialsToken> RenewAsync(Entry entry, TimeSpan renewBefore, Func<CancellationToken, Task<ClientCredentialsToken>> fetch)
    {
        // Yield first so the caller's lock is released before the request starts, and no caller's token cancels it.
        await Task.Yield();
        try
        {
            DateTimeOffset asked = _time.GetUtcNow();
            ClientCredentialsToken token = await fetch(CancellationToken.None).ConfigureAwait(false);

            // A short-lived token is renewed after nine tenths of its life rather than never being fresh at all.
            TimeSpan lifetime = token.ExpiresAt - asked;
            TimeSpan margin = lifetime / 10 < renewBefore ? lifetime / 10 : renewBefore;
            Volatile.Write(ref entry.Current, new Cached(token, token.ExpiresAt - margin));
            return token;
        }
        finally
        {
            lock (entry.Gate)
            {
                entry.Pending = null;
            }
        }
    }

    private ClientCredentialsToken? Fresh(Cached? cached) =>
        cached is not null && _time.GetUtcNow() < cached.RenewAt ? cached.Token : null;

    private sealed record Cached(ClientCredentialsToken Token, DateTimeOffset RenewAt);

    private sealed class Entry
    {
        public readonly object Gate = new();
        public Cached? Current;
        public Task<ClientCredentialsToken>? Pending;
    }
}
