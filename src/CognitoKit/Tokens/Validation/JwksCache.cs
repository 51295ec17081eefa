using System.Diagnostics;
using System.Net.Http.Headers;
using CognitoKit.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// The signing keys of one issuer. Loaded once and shared: concurrent callers join a single in-flight fetch.
/// A refetch happens for an unknown kid, at most once per <see cref="RefetchInterval"/> (failed fetches count), so a
/// storm of tokens with random kids cannot become a storm of requests; and in the background once the keys are older
/// than the maximum age, so a key the pool dropped stops validating. Until a refetch succeeds the old keys stay in use.
/// </summary>
internal sealed class JwksCache
{
    public static readonly TimeSpan RefetchInterval = TimeSpan.FromSeconds(10);
    private const int MaxDocumentBytes = 1024 * 1024;
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private volatile JwksKeySet? _keys;
    private Task? _inflight;
    private readonly TimeSpan _maxAge;
    private DateTimeOffset? _lastFetchStarted;
    private string? _lastProblem;

    // When the keys in use were fetched (or installed), in UTC ticks; 0 before any.
    private long _loadedAtTicks;

    // When the keys in use must be refetched, in UTC ticks; long.MaxValue for keys installed by hand (no source to refetch).
    private long _staleAtTicks = long.MaxValue;

    public JwksCache(Uri jwksUri, Func<HttpClient> httpClient, TimeProvider timeProvider, ILogger logger, TimeSpan maxAge)
    {
        JwksUri = jwksUri;
        _maxAge = maxAge;
        _httpClient = httpClient;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public Uri JwksUri { get; }

    /// <summary>Where fetches are counted.</summary>
    public CognitoKitMetrics Metrics { get; set; } = CognitoKitMetrics.Shared;

    public JwksKeySet? Keys => _keys;

    /// <summary>Called after a new key set is in use (fetched or installed), with that set.</summary>
    public Action<JwksKeySet>? KeysReplaced { get; set; }

    /// <summary>Why the last load failed, safe to show; null when it did not.</summary>
    public string? LastProblem => Volatile.Read(ref _lastProblem);

    /// <summary>When the keys in use were fetched or installed; null before any were.</summary>
    public DateTimeOffset? LoadedAt => Volatile.Read(ref _loadedAtTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Whether the keys in use were installed by hand (<see cref="Load"/>) and so never age.</summary>
    public bool IsInstalled => _keys is not null && Volatile.Read(ref _staleAtTicks) == long.MaxValue;

    /// <summary>Whether the keys in use are past their maximum age (a refetch is due, or failed).</summary>
    public bool IsStale => _keys is not null && _timeProvider.GetUtcNow().UtcTicks >= Volatile.Read(ref _staleAtTicks);

    /// <summary>The maximum age of fetched keys.</summary>
    public TimeSpan MaxAge => _maxAge;

    /// <summary>
    /// For a health check: loads the keys when there are none (whatever the refetch interval), and refetches them when
    /// they are past their maximum age or the last fetch failed, unless a fetch started within the refetch interval
    /// (so frequent probes never become frequent requests). The caller then reads <see cref="Keys"/>,
    /// <see cref="LoadedAt"/> and <see cref="LastProblem"/>.
    /// </summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        if (_keys is null)
        {
            Task fetch;
            lock (_gate)
            {
                fetch = _inflight is { IsCompleted: false } running ? running : StartFetchLocked(_timeProvider.GetUtcNow());
            }

            await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (IsInstalled || (!IsStale && LastProblem is null))
        {
            return;
        }

        await RefreshForUnknownKeyAsync(cancellationToken).ConfigureAwait(false);
    }

    public bool TryGetKey(ReadOnlySpan<byte> kidUtf8, out JwksKey key)
    {
        var keys = _keys;
        if (keys is null)
        {
            key = null!;
            return false;
        }

        return keys.TryGet(kidUtf8, out key);
    }

    /// <summary>Starts a background refetch when the keys are past their maximum age; the caller goes on with the keys it has.</summary>
    public void RefreshIfStale()
    {
        if (_keys is null || _timeProvider.GetUtcNow().UtcTicks < Volatile.Read(ref _staleAtTicks))
        {
            return;
        }

        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            if (_inflight is { IsCompleted: false } || (_lastFetchStarted is { } last && now - last < RefetchInterval))
            {
                return;
            }

            JwksLog.RefreshingAgedKeys(_logger, JwksUri, _maxAge);
            StartFetchLocked(now);
        }
    }

    /// <summary>Called when a kid is unknown: joins or starts a fetch unless one started within the refetch interval.</summary>
    public Task RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        Task fetch;
        lock (_gate)
        {
            if (_inflight is { IsCompleted: false } running)
            {
                fetch = running;
            }
            else
            {
                var now = _timeProvider.GetUtcNow();
                if (_lastFetchStarted is { } last && now - last < RefetchInterval)
                {
                    JwksLog.RefetchSuppressed(_logger, JwksUri, RefetchInterval);
                    return Task.CompletedTask;
                }

                fetch = StartFetchLocked(now);
            }
        }

        return fetch.WaitAsync(cancellationToken);
    }

    /// <summary>Makes sure keys are loaded, fetching now (whatever the refetch interval) if none are.</summary>
    public async Task PreloadAsync(CancellationToken cancellationToken)
    {
        Task fetch;
        lock (_gate)
        {
            if (_keys is not null)
            {
                return;
            }

            fetch = _inflight is { IsCompleted: false } running ? running : StartFetchLocked(_timeProvider.GetUtcNow());
        }

        await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_keys is null)
        {
            throw new CognitoTokenValidationException(
                TokenRejectionReason.JwksUnavailable, $"Could not load signing keys from {JwksUri}: {LastProblem}");
        }
    }

    /// <summary>Installs keys from a JWKS document, as if just fetched; throws <see cref="JwksFormatException"/> when it is unusable.</summary>
    public void Load(ReadOnlySpan<byte> jwksJson)
    {
        var keys = JwksParser.Parse(jwksJson);
        lock (_gate)
        {
            _keys = keys;
            _lastFetchStarted = _timeProvider.GetUtcNow();
            Volatile.Write(ref _loadedAtTicks, _lastFetchStarted.Value.UtcTicks);
            Volatile.Write(ref _staleAtTicks, long.MaxValue);
            Volatile.Write(ref _lastProblem, null);
        }

        KeysReplaced?.Invoke(keys);
    }

    private Task StartFetchLocked(DateTimeOffset now)
    {
        _lastFetchStarted = now;

        // Run off the caller's stack so a synchronously completing handler cannot finish inside the lock.
        var fetch = Task.Run(FetchAsync);
        _inflight = fetch;
        return fetch;
    }

    private async Task FetchAsync()
    {
        // Under the caller's span (the validation that found no key), as Task.Run carries the execution context.
        using Activity? activity = Telemetry.Source.StartActivity(Telemetry.JwksFetchSpan, ActivityKind.Internal);
        string? failure = await FetchCoreAsync().ConfigureAwait(false);
        if (activity is not null)
        {
            activity.SetTag(Telemetry.ServerAddress, JwksUri.Host);
            activity.SetTag(Telemetry.Outcome, failure is null ? Telemetry.Success : Telemetry.Failure);
            if (failure is not null)
            {
                Telemetry.Fail(activity, failure);
            }
        }

        if (Metrics.JwksFetches.Enabled)
        {
            var tags = new TagList { { Telemetry.Outcome, failure is null ? Telemetry.Success : Telemetry.Failure } };
            if (failure is not null)
            {
                tags.Add(Telemetry.ErrorType, failure);
            }

            Metrics.JwksFetches.Add(1, tags);
        }
    }

    /// <summary>Fetches and installs the keys; null on success, else what <c>error.type</c> says of the failure.</summary>
    private async Task<string?> FetchCoreAsync()
    {
        var started = _timeProvider.GetUtcNow();
        // The fetch is shared, so no single caller's token may cancel it; it has its own timeout instead.
        using var timeout = new CancellationTokenSource(FetchTimeout, _timeProvider);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, JwksUri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await _httpClient()
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                Fail($"HTTP {(int)response.StatusCode}", null);
                return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (response.Content.Headers.ContentLength > MaxDocumentBytes)
            {
                Fail("the JWKS is larger than 1 MB", null);
                return "jwks_too_large";
            }

            var body = await ReadBoundedAsync(response.Content, timeout.Token).ConfigureAwait(false);
            if (body is null)
            {
                Fail("the JWKS is larger than 1 MB", null);
                return "jwks_too_large";
            }

            var keys = JwksParser.Parse(body);
            _keys = keys;
            Volatile.Write(ref _loadedAtTicks, started.UtcTicks);
            Volatile.Write(ref _staleAtTicks, (started + _maxAge).UtcTicks);
            Volatile.Write(ref _lastProblem, null);
            JwksLog.KeysLoaded(_logger, keys.Keys.Length, JwksUri);
            KeysReplaced?.Invoke(keys);
            return null;
        }
        catch (JwksFormatException ex)
        {
            Fail(ex.Message, ex);
            return "jwks_invalid";
        }
        catch (OperationCanceledException ex)
        {
            Fail("the request timed out", ex);
            return "timeout";
        }
        catch (Exception ex)
        {
            // Every caller shares this task: any failure must become "no keys", not an exception thrown at all of them.
            Fail($"the request failed ({ex.GetType().Name})", ex);
            return Telemetry.ErrorTypeOf(ex);
        }
    }

    /// <summary>Reads at most one byte past the limit, so a body without Content-Length (chunked) is never read whole
    /// to find out it is too large; null when it is.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[(int)Math.Min(content.Headers.ContentLength ?? 16 * 1024, MaxDocumentBytes) + 1];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > MaxDocumentBytes)
                    {
                        return null;
                    }

                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxDocumentBytes + 1));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.AsSpan(0, length).ToArray();
                }

                length += read;
            }
        }
    }

    private void Fail(string problem, Exception? exception)
    {
        Volatile.Write(ref _lastProblem, problem);
        JwksLog.KeysUnavailable(_logger, JwksUri, problem, exception);
    }
}
