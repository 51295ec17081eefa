using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>
/// One refresh per session across every instance sharing the Redis: the refresh runs under a lease
/// (<c>SET lease token NX PX</c>), from the newest stored snapshot, and its result is stored before the lease is
/// released (only by its owner: compare-and-delete). The others wait for the change announcement, reading Redis again
/// every <see cref="RedisSessionOptions.RefreshPollInterval"/>, and take over once the lease expires when its holder died.
/// </summary>
/// <remarks>Redis unreachable: the refresh runs in this instance only (still once per instance) and its result is kept
/// for Redis's return; see docs/web-farm.md for what that risks with refresh-token rotation.</remarks>
internal sealed class RedisSessionRefreshCoordinator : ICognitoSessionRefreshCoordinator
{
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
    private readonly RedisConnection _redis;
    private readonly RedisSessionStore _store;
    private readonly ILogger _logger;

    public RedisSessionRefreshCoordinator(RedisConnection redis, RedisSessionStore store, ILogger logger)
    {
        _redis = redis;
        _store = store;
        _logger = logger;
    }

    public async ValueTask<CognitoSessionSnapshot> RefreshAsync(
        string key,
        CognitoSessionSnapshot current,
        Func<CognitoSessionSnapshot, CancellationToken, ValueTask<CognitoSessionSnapshot>> refresh,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(refresh);
        RedisSessionOptions options = _redis.Options;
        RedisKey lease = _redis.LeaseKey(key);
        string owner = _redis.InstanceId + ":" + Guid.NewGuid().ToString("N");
        long started = Stopwatch.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IDatabase db;
            bool acquired;
            try
            {
                db = await _redis.GetDatabaseAsync().ConfigureAwait(false);
                acquired = await db.StringSetAsync(lease, owner, options.RefreshLeaseTime, When.NotExists).ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
            {
                return await RefreshInProcessAsync(key, current, refresh, ex, cancellationToken).ConfigureAwait(false);
            }

            if (acquired)
            {
                return await RefreshUnderLeaseAsync(db, lease, owner, key, current, refresh, cancellationToken).ConfigureAwait(false);
            }

            await _redis.WaitForChangeAsync(key, options.RefreshPollInterval, cancellationToken).ConfigureAwait(false);
            try
            {
                if (Newer(await _store.ReadAsync(key).ConfigureAwait(false), current) is { } refreshedElsewhere)
                {
                    RedisLog.Refresh(_logger, key, "was made by another instance");
                    return refreshedElsewhere;
                }
            }
            catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
            {
                return await RefreshInProcessAsync(key, current, refresh, ex, cancellationToken).ConfigureAwait(false);
            }

            if (Stopwatch.GetElapsedTime(started) > options.RefreshWaitTimeout)
            {
                throw new CognitoSessionStoreUnavailableException(
                    $"Another instance held the refresh of this session for longer than {options.RefreshWaitTimeout.TotalSeconds:0.#} s; the session is kept: try again.");
            }
        }
    }

    private async Task<CognitoSessionSnapshot> RefreshUnderLeaseAsync(
        IDatabase db,
        RedisKey lease,
        string owner,
        string key,
        CognitoSessionSnapshot current,
        Func<CognitoSessionSnapshot, CancellationToken, ValueTask<CognitoSessionSnapshot>> refresh,
        CancellationToken cancellationToken)
    {
        try
        {
            // Read past the local copy: another instance may have refreshed (and rotated the refresh token) already.
            CognitoSessionSnapshot? stored = await _store.ReadAsync(key).ConfigureAwait(false);
            if (Newer(stored, current) is { } refreshedElsewhere)
            {
                RedisLog.Refresh(_logger, key, "was made by another instance before the lease");
                return refreshedElsewhere;
            }

            CognitoSessionSnapshot fresh = await refresh(RefreshFrom(stored, current), cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                // Written before the lease is released: nobody may refresh from the spent refresh token.
                await _store.SetAsync(key, fresh, CancellationToken.None).ConfigureAwait(false);
            }

            RedisLog.Refresh(_logger, key, "was made by this instance under the lease");
            return fresh;
        }
        finally
        {
            try
            {
                await db.ScriptEvaluateAsync(ReleaseScript, [lease], [owner]).ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
            {
                // The lease expires by itself.
            }
        }
    }

    private async Task<CognitoSessionSnapshot> RefreshInProcessAsync(
        string key,
        CognitoSessionSnapshot current,
        Func<CognitoSessionSnapshot, CancellationToken, ValueTask<CognitoSessionSnapshot>> refresh,
        Exception cause,
        CancellationToken cancellationToken)
    {
        RedisLog.RefreshInProcess(_logger, key, cause.GetType().Name);
        CognitoSessionSnapshot? held = _store.LastKnown(key);
        if (Newer(held, current) is { } newer)
        {
            return newer;
        }

        CognitoSessionSnapshot fresh = await refresh(RefreshFrom(held, current), cancellationToken).ConfigureAwait(false);
        await _store.SetAsync(key, fresh, CancellationToken.None).ConfigureAwait(false); // kept here, written back later
        return fresh;
    }

    /// <summary><paramref name="stored"/> when it holds tokens of the same user that replace <paramref name="current"/>'s.</summary>
    private static CognitoSessionSnapshot? Newer(CognitoSessionSnapshot? stored, CognitoSessionSnapshot current) =>
        stored is not null
        && SameUser(stored, current)
        && !string.Equals(stored.AccessToken, current.AccessToken, StringComparison.Ordinal)
        && stored.AccessTokenExpiresAt >= current.AccessTokenExpiresAt
            ? stored
            : null;

    /// <summary>What to refresh from: <paramref name="stored"/> when it is the same user's and has a refresh token (it may hold the rotated one), else <paramref name="current"/>.</summary>
    private static CognitoSessionSnapshot RefreshFrom(CognitoSessionSnapshot? stored, CognitoSessionSnapshot current) =>
        stored is not null && SameUser(stored, current) && stored.RefreshToken is not null ? stored : current;

    private static bool SameUser(CognitoSessionSnapshot a, CognitoSessionSnapshot b) => string.Equals(a.Username, b.Username, StringComparison.Ordinal);

    public override string ToString() => $"RedisSessionRefreshCoordinator {{ Prefix = {_redis.SessionPrefix} }}";
}
