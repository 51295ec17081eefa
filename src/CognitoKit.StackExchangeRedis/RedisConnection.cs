using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>
/// The one Redis connection of a CognitoKit instance: connects on first use, names keys and the change channel, and
/// tells the stores and the refresh coordinator what other instances changed.
/// </summary>
/// <remarks>
/// Key names: <c>{instance}:{pool}:{client}:s:{key}</c> for sessions, <c>…:lease:{key}</c> for refresh leases,
/// <c>{instance}:{pool}:d:{username}</c> for devices, <c>{instance}:id:{identity key}</c> for identity ids; channel
/// <c>{instance}:{pool}:{client}:changed</c> carries <c>{version}~{instance id}|{key}</c> after every write, where the
/// version names the value written (<see cref="VersionOf"/>; empty for a removal), so an instance that already read that
/// very value keeps its copy when the notice comes late. A message without a version (<c>{instance id}|{key}</c>)
/// drops the copy, as one from an older CognitoKit does.
/// </remarks>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly RedisSessionOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly bool _ownsConnection;
    private IConnectionMultiplexer? _connection;

    public RedisConnection(RedisSessionOptions options, string userPoolId, string clientId, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _ownsConnection = options.ConnectionMultiplexerFactory is null;
        SessionPrefix = $"{options.InstanceName}:{userPoolId}:{clientId}:";
        IdentityPrefix = $"{options.InstanceName}:id:";
        Channel = RedisChannel.Literal(SessionPrefix + "changed");
    }

    /// <summary>This instance's id in change messages, so it ignores its own.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public string SessionPrefix { get; }

    public string IdentityPrefix { get; }

    public RedisChannel Channel { get; }

    public RedisSessionOptions Options => _options;

    /// <summary>Another instance wrote (the version of the value written) or removed (null) the session stored under the key.</summary>
    public event Action<string, string?>? SessionChangedElsewhere;

    /// <summary>The connection came back after a failure.</summary>
    public event Action? Restored;

    public RedisKey SessionKey(string key) => SessionPrefix + "s:" + key;

    public RedisKey LeaseKey(string key) => SessionPrefix + "lease:" + key;

    public RedisKey DeviceKey(KeptDeviceKey key) => $"{_options.InstanceName}:{key.UserPoolId}:d:{key.Username}";

    public RedisKey IdentityKey(IdentityIdKey key) => IdentityPrefix + key.ToString();

    /// <summary>Runs <paramref name="command"/> on the database; Redis unreachable becomes <see cref="CognitoSessionStoreUnavailableException"/> naming <paramref name="what"/>.</summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command, string what)
    {
        try
        {
            return await command(await GetDatabaseAsync().ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUnavailable(ex) && ex is not CognitoSessionStoreUnavailableException)
        {
            throw new CognitoSessionStoreUnavailableException($"Redis is unreachable: {what} could not be read or kept.", ex);
        }
    }

    public async Task<IDatabase> GetDatabaseAsync()
    {
        IConnectionMultiplexer connection = Volatile.Read(ref _connection) ?? await ConnectAsync().ConfigureAwait(false);
        return connection.GetDatabase();
    }

    /// <summary>Announces that this instance wrote the value of <paramref name="version"/> under <paramref name="key"/>, or removed it (null).</summary>
    public async Task PublishChangeAsync(string key, string? version)
    {
        IConnectionMultiplexer connection = Volatile.Read(ref _connection) ?? await ConnectAsync().ConfigureAwait(false);
        await connection.GetSubscriber().PublishAsync(Channel, version + "~" + InstanceId + "|" + key).ConfigureAwait(false);
    }

    /// <summary>
    /// The version of a stored value: 16 hex digits of the SHA-256 of what Redis holds (the encrypted snapshot, unique to
    /// each write), the same on every instance. It names a write and says nothing of the session inside.
    /// </summary>
    public static string VersionOf(string stored)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stored), hash);
        return Convert.ToHexString(hash[..8]);
    }

    /// <summary>Completes when a change of <paramref name="key"/> is announced, or after <paramref name="poll"/>, whichever comes first.</summary>
    public async Task WaitForChangeAsync(string key, TimeSpan poll, CancellationToken cancellationToken)
    {
        TaskCompletionSource signal = _waiters.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await signal.Task.WaitAsync(poll, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Polled: the caller reads Redis again.
        }
        finally
        {
            if (!signal.Task.IsCompleted)
            {
                // No announcement came: drop the waiter (only this one; a newer waiter of the key stays).
                _waiters.TryRemove(KeyValuePair.Create(key, signal));
            }
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync()
    {
        await _connectGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_connection is { } existing)
            {
                return existing;
            }

            IConnectionMultiplexer connection;
            if (_options.ConnectionMultiplexerFactory is { } factory)
            {
                connection = await factory().ConfigureAwait(false);
            }
            else
            {
                ConfigurationOptions configuration = ConfigurationOptions.Parse(_options.Configuration
                    ?? throw new InvalidOperationException("RedisSessionOptions needs Configuration or ConnectionMultiplexerFactory."));
                configuration.AbortOnConnectFail = false; // Redis down at start: connect later, fail calls fast meanwhile
                configuration.BacklogPolicy = BacklogPolicy.FailFast;
                configuration.ReconnectRetryPolicy = new LinearRetry(1000); // back within a second of Redis
                connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
            }

            connection.ConnectionRestored += (_, e) =>
            {
                if (e.ConnectionType == ConnectionType.Interactive)
                {
                    RedisLog.Restored(_logger);
                    Restored?.Invoke();
                }
            };
            connection.ConnectionFailed += (_, e) =>
            {
                if (e.ConnectionType == ConnectionType.Interactive)
                {
                    RedisLog.Lost(_logger, e.FailureType.ToString());
                }
            };
            await connection.GetSubscriber().SubscribeAsync(Channel, (_, message) => OnChange(message)).ConfigureAwait(false);
            Volatile.Write(ref _connection, connection);
            return connection;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new CognitoSessionStoreUnavailableException("Could not connect to Redis for CognitoKit's sessions.", ex);
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private void OnChange(RedisValue message)
    {
        string text = message.ToString();
        int bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0)
        {
            return;
        }

        string key = text[(bar + 1)..];
        ReadOnlySpan<char> sender = text.AsSpan(0, bar);
        string? version = null;
        int tilde = sender.IndexOf('~');
        if (tilde >= 0)
        {
            version = tilde > 0 ? sender[..tilde].ToString() : null;
            sender = sender[(tilde + 1)..];
        }

        if (!sender.SequenceEqual(InstanceId))
        {
            SessionChangedElsewhere?.Invoke(key, version);
        }

        if (_waiters.TryRemove(key, out TaskCompletionSource? waiter))
        {
            waiter.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsConnection && Volatile.Read(ref _connection) is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _connectGate.Dispose();
    }

    public void Dispose()
    {
        if (_ownsConnection && Volatile.Read(ref _connection) is { } connection)
        {
            connection.Dispose();
        }

        _connectGate.Dispose();
    }

    /// <summary>Whether <paramref name="error"/> means Redis could not be reached or answer in time.</summary>
    public static bool IsUnavailable(Exception error) =>
        error is RedisConnectionException or RedisTimeoutException or TimeoutException or CognitoSessionStoreUnavailableException
        || (error is RedisServerException server && server.Message.StartsWith("LOADING", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="error"/> was caused, at any depth, by Redis being unreachable.</summary>
    public static bool CausedByUnavailability(Exception error)
    {
        for (Exception? cause = error.InnerException; cause is not null; cause = cause.InnerException)
        {
            if (IsUnavailable(cause))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"RedisConnection {{ Prefix = {SessionPrefix} }}";
}
