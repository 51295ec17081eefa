using System.Collections.Concurrent;

namespace CognitoKit.Tokens;

/// <summary>
/// The default <see cref="ICognitoRevocationList"/>: a thread-safe map in this process's memory, shared by every pool of
/// the service provider (entries are keyed by issuer). Expired entries are dropped within a minute, or when
/// <see cref="Count"/> is read.
/// </summary>
/// <remarks>An empty list answers <see cref="Find"/> after one field read; a non-empty one with at most two dictionary
/// lookups, without allocating. Share one instance between service providers to make them see each other's revocations.</remarks>
public sealed class InMemoryCognitoRevocationList : ICognitoRevocationList
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(CognitoRevocationKind Kind, string Issuer, string Value), CognitoRevocation> _entries = new();
    private readonly TimeProvider _time;
    private int _count;
    private long _nextSweepTicks;
    private int _sweeping;

    /// <summary>Creates an empty list.</summary>
    /// <param name="timeProvider">The clock that decides when entries expire; <see cref="TimeProvider.System"/> when null.</param>
    public InMemoryCognitoRevocationList(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How many unexpired entries the list holds (expired ones are dropped first).</summary>
    public int Count
    {
        get
        {
            Sweep(_time.GetUtcNow());
            return Volatile.Read(ref _count);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="revocation"/> is null.</exception>
    public bool Add(CognitoRevocation revocation)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        var now = _time.GetUtcNow();
        SweepIfDue(now);
        if (revocation.ExpiresAt <= now)
        {
            return false;
        }

        var key = (revocation.Kind, revocation.Issuer, revocation.Value);
        while (true)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                var wider = Widen(existing, revocation);
                if (ReferenceEquals(wider, existing))
                {
                    return false;
                }

                if (_entries.TryUpdate(key, wider, existing))
                {
                    return true;
                }
            }
            else if (_entries.TryAdd(key, revocation))
            {
                Interlocked.Increment(ref _count);
                return true;
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public CognitoRevocation? Find(CognitoTokenClaims token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (Volatile.Read(ref _count) == 0)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        SweepIfDue(now);
        if (token.OriginJti is { } origin
            && _entries.TryGetValue((CognitoRevocationKind.Origin, token.Issuer, origin), out var byOrigin)
            && now < byOrigin.ExpiresAt)
        {
            return byOrigin;
        }

        if (_entries.TryGetValue((CognitoRevocationKind.Subject, token.Issuer, token.Subject), out var bySubject)
            && now < bySubject.ExpiresAt
            && bySubject.Covers(token))
        {
            return bySubject;
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"InMemoryCognitoRevocationList {{ Count = {Volatile.Read(ref _count)} }}";

    // The later sign-out denies more tokens, the later expiry keeps them denied longer.
    private static CognitoRevocation Widen(CognitoRevocation existing, CognitoRevocation incoming)
    {
        if (incoming.RevokedAt <= existing.RevokedAt && incoming.ExpiresAt <= existing.ExpiresAt)
        {
            return existing;
        }

        if (incoming.RevokedAt >= existing.RevokedAt && incoming.ExpiresAt >= existing.ExpiresAt)
        {
            return incoming;
        }

        var revokedAt = incoming.RevokedAt > existing.RevokedAt ? incoming.RevokedAt : existing.RevokedAt;
        var expiresAt = incoming.ExpiresAt > existing.ExpiresAt ? incoming.ExpiresAt : existing.ExpiresAt;
        return existing.Kind == CognitoRevocationKind.Origin
            ? CognitoRevocation.ForOrigin(existing.Issuer, existing.Value, revokedAt, expiresAt)
            : CognitoRevocation.ForSubject(existing.Issuer, existing.Value, revokedAt, expiresAt);
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now.UtcTicks >= Volatile.Read(ref _nextSweepTicks))
        {
            Sweep(now);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (Interlocked.Exchange(ref _sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            Volatile.Write(ref _nextSweepTicks, (now + SweepInterval).UtcTicks);
            if (Volatile.Read(ref _count) == 0)
            {
                return;
            }

            foreach (var entry in _entries)
            {
                // Removes the entry only if it was not widened meanwhile.
                if (entry.Value.ExpiresAt <= now && _entries.TryRemove(entry))
                {
                    Interlocked.Decrement(ref _count);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }
}
