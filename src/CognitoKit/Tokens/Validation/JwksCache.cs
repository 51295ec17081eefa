using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Tokens;

/// <summary>
/// The signing keys of one issuer. Loaded once and shared: concurrent callers join a single in-flight fetch.
/// A refetch happens only for an unknown kid and at most once per <see cref="RefetchInterval"/> (failed fetches count),
/// so a storm of tokens with random kids cannot become a storm of requests. Once loaded, no network is needed.
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
    private DateTimeOffset? _lastFetchStarted;
    private string? _lastProblem;

    public JwksCache(Uri jwksUri, Func<HttpClient> httpClient, TimeProvider timeProvider, ILogger logger)
    {
        JwksUri = jwksUri;
        _httpClient = httpClient;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public Uri JwksUri { get; }

    public JwksKeySet? Keys => _keys;

    /// <summary>Why the last load failed, safe to show; null when it did not.</summary>
    public string? LastProblem => Volatile.Read(ref _lastProblem);

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
            Volatile.Write(ref _lastProblem, null);
        }
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
                return;
            }

            if (response.Content.Headers.ContentLength > MaxDocumentBytes)
            {
                Fail("the JWKS is larger than 1 MB", null);
                return;
            }

            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (body.Length > MaxDocumentBytes)
            {
                Fail("the JWKS is larger than 1 MB", null);
                return;
            }

            var keys = JwksParser.Parse(body);
            _keys = keys;
            Volatile.Write(ref _lastProblem, null);
            JwksLog.KeysLoaded(_logger, keys.Keys.Length, JwksUri);
        }
        catch (JwksFormatException ex)
        {
            Fail(ex.Message, ex);
        }
        catch (OperationCanceledException ex)
        {
            Fail("the request timed out", ex);
        }
        catch (Exception ex)
        {
            // Every caller shares this task: any failure must become "no keys", not an exception thrown at all of them.
            Fail($"the request failed ({ex.GetType().Name})", ex);
        }
    }

    private void Fail(string problem, Exception? exception)
    {
        Volatile.Write(ref _lastProblem, problem);
        JwksLog.KeysUnavailable(_logger, JwksUri, problem, exception);
    }
}
