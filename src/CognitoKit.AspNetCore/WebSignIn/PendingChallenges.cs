using System.Collections.Concurrent;

namespace CognitoKit.AspNetCore;

/// <summary>Sign-ins waiting on a challenge, kept in this process under a random id for a short while.</summary>
internal sealed class PendingChallenges
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public PendingChallenges(TimeProvider time) => _time = time;

    public string Add(SignInChallenge challenge, TimeSpan lifetime)
    {
        DateTimeOffset now = _time.GetUtcNow();
        foreach (KeyValuePair<string, Entry> entry in _entries)
        {
            if (entry.Value.ExpiresAt <= now)
            {
                _entries.TryRemove(entry);
            }
        }

        string id = WebSessionTicketStore.NewSessionId();
        _entries[id] = new Entry(challenge, now + lifetime);
        return id;
    }

    public SignInChallenge? Get(string id) =>
        _entries.TryGetValue(id, out Entry? entry) && entry.ExpiresAt > _time.GetUtcNow() ? entry.Challenge : null;

    public void Remove(string id) => _entries.TryRemove(id, out _);

    private sealed record Entry(SignInChallenge Challenge, DateTimeOffset ExpiresAt);
}
