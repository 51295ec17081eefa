using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>
/// The <see cref="ICognitoSessionStore"/> on Redis: snapshots encrypted with Data Protection (a purpose per user pool),
/// an expiry of the refresh-token lifetime, and a copy in this instance's memory so a request whose session is fresh
/// costs no Redis round trip.
/// </summary>
/// <remarks>
/// <para>Every write and removal is announced on the change channel; other instances drop their copy at once. The copy
/// is also dropped after <see cref="RedisSessionOptions.LocalCacheDuration"/> and once its access token expires.</para>
/// <para>Redis unreachable: reads are served from memory when this instance holds the session, else
/// <see cref="CognitoSessionStoreUnavailableException"/>; writes and removals are kept in memory and written back when
/// the connection is restored (as is every session this instance holds, unless Redis already has the key), so a
/// rotated refresh token is never lost and a Redis restarted empty gets its sessions back.</para>
/// </remarks>
internal sealed class RedisSessionStore : ICognitoSessionStore
{
    private const int MaximumLocalEntries = 100_000;
    private readonly RedisConnection _redis;
    private readonly IDataProtector _protector;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Local> _local = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private int _flushing;

    public RedisSessionStore(RedisConnection redis, IDataProtectionProvider protection, string userPoolId, TimeProvider time, ILogger logger)
    {
        _redis = redis;
        _protector = protection.CreateProtector("CognitoKit.Sessions.v1", userPoolId);
        _time = time;
        _logger = logger;
        _redis.SessionChangedElsewhere += OnChangedElsewhere;
        _redis.Restored += () => _ = RestoreAsync();
    }

    public ValueTask<CognitoSessionSnapshot?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (_local.TryGetValue(key, out Local? local) && IsFresh(local))
        {
            return ValueTask.FromResult<CognitoSessionSnapshot?>(local.Snapshot);
        }

        return GetSlowAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, CognitoSessionSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(snapshot);
        Remember(key, snapshot);
        try
        {
            await WriteAsync(key, snapshot).ConfigureAwait(false);
            _pending.TryRemove(key, out _);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            _pending[key] = new Pending(snapshot);
            RedisLog.WriteDeferred(_logger, key, ex.GetType().Name);
        }
    }

    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _local.TryRemove(key, out _);
        try
        {
            IDatabase db = await _redis.GetDatabaseAsync().ConfigureAwait(false);
            await db.KeyDeleteAsync(_redis.SessionKey(key)).ConfigureAwait(false);
            _pending.TryRemove(key, out _);
            await _redis.PublishChangeAsync(key, version: null).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            _pending[key] = new Pending(null);
            RedisLog.WriteDeferred(_logger, key, ex.GetType().Name);
        }
    }

    /// <summary>Reads Redis itself, past the local copy (the refresh coordinator needs the newest snapshot). Throws when Redis cannot be reached.</summary>
    internal async Task<CognitoSessionSnapshot?> ReadAsync(string key)
    {
        if (_pending.TryGetValue(key, out Pending? pending))
        {
            return pending.Snapshot;
        }

        IDatabase db = await _redis.GetDatabaseAsync().ConfigureAwait(false);
        RedisValue value = await db.StringGetAsync(_redis.SessionKey(key)).ConfigureAwait(false);
        string? stored = value.IsNullOrEmpty ? null : value.ToString();
        CognitoSessionSnapshot? snapshot = Unprotect(key, stored);
        if (snapshot is null)
        {
            _local.TryRemove(key, out _);
        }
        else
        {
            Remember(key, snapshot, RedisConnection.VersionOf(stored!));
        }

        return snapshot;
    }

    /// <summary>Writes to Redis (encrypted, with the refresh-token lifetime as expiry) and announces the change. Throws when Redis cannot be reached.</summary>
    internal async Task WriteAsync(string key, CognitoSessionSnapshot snapshot)
    {
        IDatabase db = await _redis.GetDatabaseAsync().ConfigureAwait(false);
        string stored = _protector.Protect(snapshot.ToJson());
        await db.StringSetAsync(_redis.SessionKey(key), stored, _redis.Options.RefreshTokenLifetime).ConfigureAwait(false);
        string version = RedisConnection.VersionOf(stored);
        Remember(key, snapshot, version);
        await _redis.PublishChangeAsync(key, version).ConfigureAwait(false);
    }

    /// <summary>The copy this instance holds, whatever its age: what a refresh falls back to while Redis is unreachable.</summary>
    internal CognitoSessionSnapshot? LastKnown(string key) =>
        _pending.TryGetValue(key, out Pending? pending) ? pending.Snapshot : _local.TryGetValue(key, out Local? local) ? local.Snapshot : null;

    /// <summary>How many changes wait for Redis to come back.</summary>
    internal int PendingCount => _pending.Count;

    /// <summary>Writes back the changes made while Redis was unreachable.</summary>
    internal async Task FlushPendingAsync()
    {
        if (_pending.IsEmpty || Interlocked.Exchange(ref _flushing, 1) == 1)
        {
            return;
        }

        try
        {
            IDatabase db = await _redis.GetDatabaseAsync().ConfigureAwait(false);
            foreach (KeyValuePair<string, Pending> change in _pending)
            {
                if (change.Value.Snapshot is { } snapshot)
                {
                    await WriteAsync(change.Key, snapshot).ConfigureAwait(false);
                }
                else
                {
                    await db.KeyDeleteAsync(_redis.SessionKey(change.Key)).ConfigureAwait(false);
                    await _redis.PublishChangeAsync(change.Key, version: null).ConfigureAwait(false);
                }

                _pending.TryRemove(change);
            }
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            RedisLog.FlushFailed(_logger, _pending.Count, ex.GetType().Name);
        }
        finally
        {
            Volatile.Write(ref _flushing, 0);
        }
    }

    /// <summary>
    /// After a reconnection: writes back the pending changes, then every session held here that Redis lacks (a Redis
    /// restarted empty gets its sessions back), the SETs pipelined.
    /// </summary>
    private async Task RestoreAsync()
    {
        await FlushPendingAsync().ConfigureAwait(false);
        try
        {
            IDatabase db = await _redis.GetDatabaseAsync().ConfigureAwait(false);
            List<Task<bool>> writes = new(_local.Count);
            foreach (KeyValuePair<string, Local> held in _local)
            {
                if (!_pending.ContainsKey(held.Key))
                {
                    writes.Add(db.StringSetAsync(
                        _redis.SessionKey(held.Key), _protector.Protect(held.Value.Snapshot.ToJson()), _redis.Options.RefreshTokenLifetime, When.NotExists));
                }
            }

            await Task.WhenAll(writes).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            RedisLog.FlushFailed(_logger, _pending.Count, ex.GetType().Name);
        }
    }

    private async ValueTask<CognitoSessionSnapshot?> GetSlowAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await FlushPendingAsync().ConfigureAwait(false);
            return await ReadAsync(key).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            if (LastKnown(key) is { } held)
            {
                RedisLog.ServedFromMemory(_logger, key, ex.GetType().Name);
                return held;
            }

            if (_pending.ContainsKey(key))
            {
                return null; // removed here while Redis was away
            }

            throw ex as CognitoSessionStoreUnavailableException
                ?? new CognitoSessionStoreUnavailableException("Redis is unreachable and this instance does not hold the session: try again shortly.", ex);
        }
    }

    private bool IsFresh(Local local)
    {
        DateTimeOffset now = _time.GetUtcNow();
        return now < local.Snapshot.AccessTokenExpiresAt && now - local.FetchedAt < _redis.Options.LocalCacheDuration;
    }

    // version: that of the value in Redis this copy equals; null while it is not known (before the write, in an outage).
    private void Remember(string key, CognitoSessionSnapshot snapshot, string? version = null)
    {
        if (_local.Count >= MaximumLocalEntries)
        {
            _local.Clear();
        }

        _local[key] = new Local(snapshot, _time.GetUtcNow(), version);
    }

    // Another instance wrote or removed the key: the copy held here goes, unless it is the very value written (read from
    // Redis before this notice arrived, which pub/sub may deliver after the write's readers).
    private void OnChangedElsewhere(string key, string? version)
    {
        if (_local.TryGetValue(key, out Local? held) && (version is null || held.Version != version))
        {
            _local.TryRemove(KeyValuePair.Create(key, held));
        }
    }

    private CognitoSessionSnapshot? Unprotect(string key, string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        try
        {
            return CognitoSessionSnapshot.FromJson(_protector.Unprotect(stored));
        }
        catch (CryptographicException ex) when (RedisConnection.CausedByUnavailability(ex))
        {
            // The key ring could not be read (it lives in Redis too): the entry is not known to be bad, so keep it.
            throw new CognitoSessionStoreUnavailableException("The Data Protection key ring could not be read: try again shortly.", ex);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            RedisLog.Unreadable(_logger, key, ex.GetType().Name);
            return null;
        }
    }

    public override string ToString() => $"RedisSessionStore {{ Prefix = {_redis.SessionPrefix}, Local = {_local.Count}, Pending = {_pending.Count} }}";

    private sealed record Local(CognitoSessionSnapshot Snapshot, DateTimeOffset FetchedAt, string? Version);

    private sealed record Pending(CognitoSessionSnapshot? Snapshot);
}
