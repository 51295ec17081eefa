using System.Collections.Concurrent;
using System.Globalization;
using CognitoKit.Tokens;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>
/// Shares revocations (sign-out, revoke, global sign-out, deletion) between the instances of a farm through Redis: each
/// revocation this instance makes is added to a sorted set scored by its expiry and published on a channel; at start,
/// and whenever the connection comes back, the unexpired members of the set are read into this instance's
/// <see cref="ICognitoRevocationList"/>, and every published one is added as it arrives.
/// </summary>
/// <remarks>
/// <para>Key <c>{instance}:revocations</c>, channel <c>{instance}:revoked</c>: shared by every pool and app client under one
/// <see cref="RedisSessionOptions.InstanceName"/> (entries carry their issuer). A member is
/// <c>{kind}|{revoked at, unix ms}|{expires at, unix ms}|{issuer length}|{issuer}{origin_jti or sub}</c>: identifiers, never a token.
/// Expired members are pruned on every write, and the key itself expires with its last member, so reading the set at
/// start costs one range read of the live revocations only.</para>
/// <para>Started as an <see cref="IHostedService"/>; its own echoes are ignored because the local list already holds them
/// (<see cref="ICognitoRevocationList.Add"/> returns false).</para>
/// </remarks>
internal sealed class RedisRevocationSync : ICognitoRevocationPublisher, IHostedService, IDisposable
{
    // Prune, add, make the key live as long as its longest entry, and announce: one atomic step. ARGV: score, member, now (ms), channel.
    private const string PublishScript = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
        redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
        local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
        local ttl = math.ceil(tonumber(top[2]) - tonumber(ARGV[3]))
        if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
        redis.call('PUBLISH', ARGV[4], ARGV[2])
        return 1
        """;

    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    private readonly RedisConnection _connection;
    private readonly ICognitoRevocationList _list;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentQueue<CognitoRevocation> _unsent = new();
    private readonly RedisKey _key;
    private readonly RedisChannel _channel;
    private readonly CancellationTokenSource _stopping = new();
    private int _subscribed;
    private int _started;
    private int _disposed;

    public RedisRevocationSync(RedisConnection connection, ICognitoRevocationList list, TimeProvider time, ILogger logger)
    {
        _connection = connection;
        _list = list;
        _time = time;
        _logger = logger;
        _key = connection.Options.InstanceName + ":revocations";
        _channel = RedisChannel.Literal(connection.Options.InstanceName + ":revoked");
    }

    /// <summary>The sorted set holding the farm's unexpired revocations.</summary>
    public RedisKey Key => _key;

    /// <inheritdoc />
    /// <exception cref="CognitoSessionStoreUnavailableException">Redis could not be reached: the revocation holds at Cognito and
    /// on this instance, and is sent to the others when the connection comes back.</exception>
    public async ValueTask PublishAsync(CognitoRevocation revocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        try
        {
            await SendAsync(revocation).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            _unsent.Enqueue(revocation);
            RedisLog.RevocationDeferred(_logger, ex.GetType().Name);
            throw new CognitoSessionStoreUnavailableException(
                "The sign-out took effect at Cognito and on this instance, but Redis could not be reached to tell the other instances; they are told when the connection comes back.",
                ex);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        _connection.Restored += OnRestored;
        try
        {
            // Subscribe before reading, so nothing published in between is missed (a duplicate is harmless).
            await SubscribeAsync().ConfigureAwait(false);
            await LoadAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            // The app starts anyway: its own sign-outs hold locally, and the set is read once Redis answers.
            RedisLog.RevocationsNotLoaded(_logger, ex.GetType().Name);
            _ = RetryStartAsync(_stopping.Token);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _connection.Restored -= OnRestored;
        CancelRetries();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _connection.Restored -= OnRestored;
            CancelRetries();
            _stopping.Dispose();
        }
    }

    private void CancelRetries()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // already disposed
        }
    }

    // Redis was down when the host started (so no "restored" event may ever come): try again every few seconds.
    private async Task RetryStartAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryInterval, cancellationToken).ConfigureAwait(false);
                await SubscribeAsync().ConfigureAwait(false);
                await LoadAsync().ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
            {
                RedisLog.RevocationsNotLoaded(_logger, ex.GetType().Name);
            }
        }
    }

    private async Task SendAsync(CognitoRevocation revocation)
    {
        IDatabase database = await _connection.GetDatabaseAsync().ConfigureAwait(false);
        long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        long expires = revocation.ExpiresAt.ToUnixTimeMilliseconds();
        if (expires <= now)
        {
            return;
        }

        await database.ScriptEvaluateAsync(
            PublishScript,
            [_key],
            [expires, Serialize(revocation), now, _channel.ToString()]).ConfigureAwait(false);
    }

    private async Task SubscribeAsync()
    {
        if (Volatile.Read(ref _subscribed) == 1)
        {
            return;
        }

        IDatabase database = await _connection.GetDatabaseAsync().ConfigureAwait(false);
        await database.Multiplexer.GetSubscriber().SubscribeAsync(_channel, (_, message) => Receive(message, announced: true)).ConfigureAwait(false);
        Volatile.Write(ref _subscribed, 1);
    }

    private async Task LoadAsync()
    {
        IDatabase database = await _connection.GetDatabaseAsync().ConfigureAwait(false);
        long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        RedisValue[] members = await database.SortedSetRangeByScoreAsync(_key, now, double.PositiveInfinity, Exclude.Start).ConfigureAwait(false);
        int added = 0;
        foreach (RedisValue member in members)
        {
            added += Receive(member, announced: false) ? 1 : 0;
        }

        RedisLog.RevocationsLoaded(_logger, added);
    }

    private bool Receive(RedisValue message, bool announced)
    {
        if (Parse(message.ToString()) is not { } revocation)
        {
            RedisLog.RevocationMalformed(_logger);
            return false;
        }

        if (!_list.Add(revocation))
        {
            return false; // known already: this instance's own, or heard before
        }

        if (announced)
        {
            RedisLog.RevocationReceived(_logger, revocation.Kind, revocation.Issuer, revocation.ExpiresAt);
        }

        return true;
    }

    private void OnRestored() => _ = CatchUpAsync();

    // Back from an outage: send what could not be sent, and read what the others revoked meanwhile.
    private async Task CatchUpAsync()
    {
        try
        {
            while (_unsent.TryPeek(out CognitoRevocation? revocation))
            {
                await SendAsync(revocation).ConfigureAwait(false);
                _unsent.TryDequeue(out _);
            }

            if (Volatile.Read(ref _started) == 1)
            {
                await SubscribeAsync().ConfigureAwait(false);
                await LoadAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex))
        {
            RedisLog.RevocationsNotLoaded(_logger, ex.GetType().Name);
        }
    }

    internal static string Serialize(CognitoRevocation revocation) => string.Create(CultureInfo.InvariantCulture,
        $"{(int)revocation.Kind}|{revocation.RevokedAt.ToUnixTimeMilliseconds()}|{revocation.ExpiresAt.ToUnixTimeMilliseconds()}|{revocation.Issuer.Length}|{revocation.Issuer}{revocation.Value}");

    internal static CognitoRevocation? Parse(string text)
    {
        string[] parts = text.Split('|', 5);
        if (parts.Length != 5
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int kind)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long revokedAt)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out long expiresAt)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int issuerLength)
            || issuerLength <= 0 || issuerLength >= parts[4].Length
            || revokedAt > 253_402_300_799_999 || expiresAt > 253_402_300_799_999)
        {
            return null;
        }

        string issuer = parts[4][..issuerLength];
        string value = parts[4][issuerLength..];
        try
        {
            DateTimeOffset revoked = DateTimeOffset.FromUnixTimeMilliseconds(revokedAt);
            DateTimeOffset expires = DateTimeOffset.FromUnixTimeMilliseconds(expiresAt);
            return kind switch
            {
                (int)CognitoRevocationKind.Origin => CognitoRevocation.ForOrigin(issuer, value, revoked, expires),
                (int)CognitoRevocationKind.Subject => CognitoRevocation.ForSubject(issuer, value, revoked, expires),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public override string ToString() => $"RedisRevocationSync {{ Key = {_key} }}";
}
