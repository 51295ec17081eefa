using System.Collections.Concurrent;

namespace CognitoKit.Sessions;

/// <summary>
/// The live session of each key in this process, so concurrent requests of one user share one session and therefore
/// one refresh: with refresh-token rotation, two copies refreshing at once would race and one would lose its token.
/// </summary>
/// <remarks>
/// <para>Entries hold their sessions weakly: a session nobody uses any more is collected, and the next
/// <see cref="CognitoSessions.GetAsync"/> restores it from the store. Entries whose session was collected are swept
/// whenever the map has doubled since the last sweep, so the map stays proportional to the sessions in use.</para>
/// <para>The store stays the source of truth. A live session is handed out only while the stored snapshot is its own:
/// the stored access token is either the one last known to be stored for it or its current one (the store lags a
/// refresh of this process by one round trip, or for good when writing failed). Anything else (a new sign-in saved
/// under the key, a refresh by another server) replaces the live session with the stored one. Access tokens change on
/// every refresh, rotation or not, so they tell these apart where refresh tokens would not.</para>
/// </remarks>
internal sealed class LiveSessions
{
    private const int MinimumSweepThreshold = 64;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _sweepThreshold = MinimumSweepThreshold;
    private int _sweeping;

    /// <summary>How many keys have an entry (some may hold a collected session until the next sweep).</summary>
    public int Count => _entries.Count;

    /// <summary>How many entries hold a session that is still in use and not ended (for <c>cognito.sessions.active</c>).</summary>
    public int CountActive()
    {
        int count = 0;
        foreach (KeyValuePair<string, Entry> pair in _entries)
        {
            if (pair.Value.IsActive)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The live session for <paramref name="key"/> if <paramref name="stored"/> still belongs to it; otherwise the one <paramref name="restore"/> makes, now live.</summary>
    /// <param name="key">The store key.</param>
    /// <param name="stored">What the store holds under the key now.</param>
    /// <param name="restore">Makes a session from <paramref name="stored"/>; may run and be discarded when another caller wins.</param>
    /// <param name="bind">Binds the session that became live to the key; runs once per session that wins.</param>
    /// <returns>The one live session for the key.</returns>
    public CognitoSession GetOrRestore(
        string key, CognitoSessionSnapshot stored, Func<CognitoSessionSnapshot, CognitoSession> restore, Action<string, CognitoSession> bind)
    {
        string storedAccessToken = stored.AccessToken;
        while (true)
        {
            if (_entries.TryGetValue(key, out Entry? current))
            {
                if (current.Owns(storedAccessToken, out CognitoSession? live))
                {
                    return live;
                }

                CognitoSession restored = restore(stored);
                if (_entries.TryUpdate(key, new Entry(restored, storedAccessToken), current))
                {
                    bind(key, restored);
                    return restored;
                }
            }
            else
            {
                CognitoSession restored = restore(stored);
                if (_entries.TryAdd(key, new Entry(restored, storedAccessToken)))
                {
                    bind(key, restored);
                    SweepIfGrown();
                    return restored;
                }
            }
        }
    }

    /// <summary>Makes <paramref name="session"/>, just saved under <paramref name="key"/>, the key's live session.</summary>
    public void Set(string key, CognitoSession session)
    {
        _entries[key] = new Entry(session, session.Tokens.AccessToken);
        SweepIfGrown();
    }

    /// <summary>Records that the store now holds <paramref name="tokens"/> of <paramref name="session"/> under <paramref name="key"/>.</summary>
    public void Stored(string key, CognitoSession session, CognitoTokens tokens)
    {
        if (_entries.TryGetValue(key, out Entry? entry) && entry.Is(session))
        {
            entry.StoredAccessToken = tokens.AccessToken;
        }
    }

    /// <summary>Forgets the live session of <paramref name="key"/> (the entry was removed from the store).</summary>
    public void Remove(string key) => _entries.TryRemove(key, out _);

    /// <summary>Forgets <paramref name="session"/> if it is still the live session of <paramref name="key"/> (it ended).</summary>
    public void Remove(string key, CognitoSession session)
    {
        if (_entries.TryGetValue(key, out Entry? entry) && entry.Is(session))
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
    }

    private void SweepIfGrown()
    {
        if (_entries.Count < Volatile.Read(ref _sweepThreshold) || Interlocked.Exchange(ref _sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (KeyValuePair<string, Entry> pair in _entries)
            {
                if (!pair.Value.IsAlive)
                {
                    _entries.TryRemove(pair);
                }
            }

            Volatile.Write(ref _sweepThreshold, Math.Max(MinimumSweepThreshold, _entries.Count * 2));
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    private sealed class Entry
    {
        private readonly WeakReference<CognitoSession> _session;
        private string _storedAccessToken;

        public Entry(CognitoSession session, string storedAccessToken)
        {
            _session = new WeakReference<CognitoSession>(session);
            _storedAccessToken = storedAccessToken;
        }

        /// <summary>The access token of the snapshot last known to be in the store for this session.</summary>
        public string StoredAccessToken
        {
            get => Volatile.Read(ref _storedAccessToken);
            set => Volatile.Write(ref _storedAccessToken, value);
        }

        public bool IsAlive => _session.TryGetTarget(out _);

        public bool IsActive => _session.TryGetTarget(out CognitoSession? live) && !live.IsEnded;

        public bool Is(CognitoSession session) => _session.TryGetTarget(out CognitoSession? live) && ReferenceEquals(live, session);

        public bool Owns(string storedAccessToken, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CognitoSession? live)
        {
            if (_session.TryGetTarget(out live) && !live.IsEnded
                && (string.Equals(storedAccessToken, StoredAccessToken, StringComparison.Ordinal)
                    || string.Equals(storedAccessToken, live.Tokens.AccessToken, StringComparison.Ordinal)))
            {
                return true;
            }

            live = null;
            return false;
        }
    }
}
