using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// Tokens that passed every check, keyed by the whole token string, so a repeat token is answered without parsing it or
/// verifying its signature again. The lookup is a <see cref="ConcurrentDictionary{TKey, TValue}"/> read: lock-free, no
/// allocation, and a hit needs the full token to be equal (ordinal, every character), never a hash alone.
/// </summary>
/// <remarks>
/// Bounded: once <see cref="Capacity"/> tokens are held, adding one drops the token cached longest ago (first in, first
/// out). Writes (adds, removals) take one lock and keep an intrusive list in insertion order, so they allocate nothing
/// beyond the entry and its dictionary node. Entries past their expiry (exp + clock skew) are dropped on a hit, and by a
/// sweep at most once a minute when a token is added. Entries whose signing key left the JWKS are dropped when the key
/// set is replaced (<see cref="OnKeysReplaced"/>); a hit also requires the key set it was verified with to still be the
/// one in use, so a token verified against a key set being replaced right now is simply verified again.
/// </remarks>
internal sealed class ValidatedTokenCache
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, ValidatedTokenEntry> _entries = new(TokenComparer.Instance);
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly long _skewSeconds;
    private ValidatedTokenEntry? _oldest;
    private ValidatedTokenEntry? _newest;
    private int _count;
    private long _nextSweepTicks;

    public ValidatedTokenCache(int capacity, TimeProvider time, long skewSeconds)
    {
        Capacity = capacity;
        _time = time;
        _skewSeconds = skewSeconds;
    }

    public int Capacity { get; }

    /// <summary>How many tokens are held.</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string token, out ValidatedTokenEntry entry) => _entries.TryGetValue(token, out entry!);

    /// <summary>Remembers a validated token; a token already held keeps its entry.</summary>
    public void Add(ValidatedTokenEntry entry)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (now.UtcTicks >= _nextSweepTicks)
            {
                _nextSweepTicks = (now + SweepInterval).UtcTicks;
                RemoveExpiredLocked(now.ToUnixTimeSeconds());
            }

            if (!_entries.TryAdd(entry.Token, entry))
            {
                return;
            }

            entry.Previous = _newest;
            if (_newest is null)
            {
                _oldest = entry;
            }
            else
            {
                _newest.Next = entry;
            }

            _newest = entry;
            _count++;
            if (_count > Capacity && _oldest is { } oldest)
            {
                UnlinkLocked(oldest);
            }
        }
    }

    /// <summary>Drops <paramref name="entry"/> if it is still the one held for its token.</summary>
    public void Remove(ValidatedTokenEntry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(entry.Token, out var held) && ReferenceEquals(held, entry))
            {
                UnlinkLocked(entry);
            }
        }
    }

    /// <summary>
    /// Called after <paramref name="source"/>'s keys were replaced by <paramref name="keys"/>: tokens verified with a key
    /// the new set still holds (same kid, same public key) move to the new set; the others are dropped.
    /// </summary>
    public void OnKeysReplaced(JwksCache source, JwksKeySet keys)
    {
        lock (_gate)
        {
            var successors = new Dictionary<JwksKey, JwksKey?>(ReferenceEqualityComparer.Instance);
            var entry = _oldest;
            while (entry is not null)
            {
                var next = entry.Next;
                if (ReferenceEquals(entry.Source, source) && !ReferenceEquals(entry.KeySet, keys))
                {
                    if (!successors.TryGetValue(entry.Key, out var successor))
                    {
                        successor = FindSame(keys, entry.Key);
                        successors[entry.Key] = successor;
                    }

                    if (successor is null)
                    {
                        UnlinkLocked(entry);
                    }
                    else
                    {
                        entry.Key = successor;
                        entry.KeySet = keys;
                    }
                }

                entry = next;
            }
        }
    }

    private static JwksKey? FindSame(JwksKeySet keys, JwksKey old)
    {
        if (!keys.TryGet(old.KidUtf8, out var candidate))
        {
            return null;
        }

        // A kid names a key, but nothing stops a JWKS from reusing a kid for another key: compare the public keys too.
        RSAParameters a = old.Rsa.ExportParameters(includePrivateParameters: false);
        RSAParameters b = candidate.Rsa.ExportParameters(includePrivateParameters: false);
        return a.Modulus.AsSpan().SequenceEqual(b.Modulus) && a.Exponent.AsSpan().SequenceEqual(b.Exponent) ? candidate : null;
    }

    // The same rule as the expiry check of a validation: expired once now - skew >= exp.
    private void RemoveExpiredLocked(long now)
    {
        var entry = _oldest;
        while (entry is not null)
        {
            var next = entry.Next;
            if (entry.ExpiresAt is { } exp && now - _skewSeconds >= exp)
            {
                UnlinkLocked(entry);
            }

            entry = next;
        }
    }

    private void UnlinkLocked(ValidatedTokenEntry entry)
    {
        _entries.TryRemove(new KeyValuePair<string, ValidatedTokenEntry>(entry.Token, entry));
        if (entry.Previous is null)
        {
            _oldest = entry.Next;
        }
        else
        {
            entry.Previous.Next = entry.Next;
        }

        if (entry.Next is null)
        {
            _newest = entry.Previous;
        }
        else
        {
            entry.Next.Previous = entry.Previous;
        }

        entry.Previous = null;
        entry.Next = null;
        _count--;
    }

    /// <summary>
    /// Equal only when every character is (ordinal); hashed over the length and the last 64 characters, which lie in the
    /// signature (random for every token), so a lookup hashes 128 bytes rather than the whole token. The hash picks a
    /// bucket, never a match, and is the process-randomized string hash.
    /// </summary>
    private sealed class TokenComparer : IEqualityComparer<string>
    {
        public static readonly TokenComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string token) =>
            HashCode.Combine(token.Length, string.GetHashCode(token.AsSpan(Math.Max(0, token.Length - 64)), StringComparison.Ordinal));
    }
}
