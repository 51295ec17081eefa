using CognitoKit.Tokens;

namespace CognitoKit;

/// <summary>
/// A signed-in user: their tokens, the username Cognito knows them by, and their remembered device, kept fresh on
/// demand. Safe to share between threads: concurrent callers of <see cref="GetValidTokensAsync"/> on an expiring
/// session cause exactly one refresh.
/// </summary>
/// <remarks><see cref="ToString"/> never shows a token.</remarks>
public sealed class CognitoSession
{
    private readonly ISessionRefresher _refresher;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private CognitoTokens _tokens;
    private Task<CognitoTokens>? _refreshing;
    private Exception? _endedBy;

    internal CognitoSession(string username, CognitoTokens tokens, string? deviceKey, ISessionRefresher refresher, TimeProvider time, TimeSpan refreshMargin)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        Username = username;
        _tokens = tokens;
        DeviceKey = deviceKey;
        _refresher = refresher;
        _time = time;
        RefreshMargin = refreshMargin;
    }

    /// <summary>The username Cognito knows the user by (<c>cognito:username</c>; with email sign-in, not the email).</summary>
    public string Username { get; }

    /// <summary>The key of the remembered device this session signed in with, if any.</summary>
    public string? DeviceKey { get; internal set; }

    /// <summary>The tokens as they are now, possibly expired. Use <see cref="GetValidTokensAsync"/> to get fresh ones.</summary>
    public CognitoTokens Tokens => Volatile.Read(ref _tokens);

    /// <summary>How long before expiry the tokens are refreshed.</summary>
    public TimeSpan RefreshMargin { get; }

    /// <summary>Whether the session has ended and the user must sign in again.</summary>
    public bool IsEnded => Volatile.Read(ref _endedBy) is not null;

    /// <summary>Raised after the tokens were refreshed, so a store can save them (rotated refresh tokens included).</summary>
    public event EventHandler<CognitoTokens>? TokensRefreshed;

    /// <summary>
    /// Returns tokens that are valid for at least <see cref="RefreshMargin"/>, refreshing them first when needed.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; a refresh other callers share goes on.</param>
    /// <returns>The current or refreshed tokens.</returns>
    /// <exception cref="CognitoSessionExpiredException">The refresh token no longer works: sign in again.</exception>
    /// <exception cref="CognitoException">A transient failure; the session and its tokens are kept.</exception>
    public Task<CognitoTokens> GetValidTokensAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfEnded();
        CognitoTokens current = Tokens;
        if (current.ExpiresAt - RefreshMargin > _time.GetUtcNow())
        {
            return Task.FromResult(current);
        }

        return RefreshCoreAsync(current, cancellationToken);
    }

    /// <summary>Refreshes the tokens now, whatever their expiry (one refresh shared by concurrent callers).</summary>
    /// <param name="cancellationToken">Stops waiting; a refresh other callers share goes on.</param>
    /// <returns>The refreshed tokens.</returns>
    public Task<CognitoTokens> RefreshAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfEnded();
        return RefreshCoreAsync(Tokens, cancellationToken);
    }

    /// <summary>Ends the session locally (after sign-out): later calls throw <see cref="CognitoSessionExpiredException"/>.</summary>
    internal void End(Exception reason) => Interlocked.CompareExchange(ref _endedBy, reason, null);

    private Task<CognitoTokens> RefreshCoreAsync(CognitoTokens seen, CancellationToken cancellationToken)
    {
        Task<CognitoTokens> shared;
        lock (_gate)
        {
            if (!ReferenceEquals(_tokens, seen) && _tokens.ExpiresAt - RefreshMargin > _time.GetUtcNow())
            {
                return Task.FromResult(_tokens); // someone refreshed while we waited for the lock
            }

            _refreshing ??= RunRefreshAsync();
            shared = _refreshing;
        }

        return cancellationToken.CanBeCanceled ? shared.WaitAsync(cancellationToken) : shared;
    }

    private async Task<CognitoTokens> RunRefreshAsync()
    {
        try
        {
            await Task.Yield(); // leave the lock before any work
            if (Tokens.RefreshToken is null)
            {
                var ended = new CognitoSessionExpiredException("The session has no refresh token, so it cannot be refreshed: sign in again.");
                End(ended);
                throw ended;
            }

            CognitoTokens fresh;
            try
            {
                // The shared refresh is not tied to any one caller's cancellation: others may still be waiting for it.
                fresh = await _refresher.RefreshAsync(this, CancellationToken.None).ConfigureAwait(false);
            }
            catch (NotAuthorizedException ex)
            {
                var ended = new CognitoSessionExpiredException(
                    $"Cognito refused the refresh token ({ex.Message}): the session has ended; sign in again.", ex);
                End(ended);
                throw ended;
            }

            if (fresh.RefreshToken is null && Tokens.RefreshToken is { } kept)
            {
                fresh = new CognitoTokens(fresh.IdToken, fresh.AccessToken, kept, fresh.IdTokenExpiresAt, fresh.AccessTokenExpiresAt, fresh.TokenType);
            }

            Volatile.Write(ref _tokens, fresh);
            TokensRefreshed?.Invoke(this, fresh);
            return fresh;
        }
        finally
        {
            lock (_gate)
            {
                _refreshing = null;
            }
        }
    }

    private void ThrowIfEnded()
    {
        if (Volatile.Read(ref _endedBy) is { } reason)
        {
            throw reason as CognitoSessionExpiredException
                ?? new CognitoSessionExpiredException("The session has ended: sign in again.", reason);
        }
    }

    /// <summary>Describes the session without any token.</summary>
    /// <returns>The username, device and expiry.</returns>
    public override string ToString() =>
        $"CognitoSession {{ Username = {Username}, DeviceKey = {DeviceKey ?? "none"}, ExpiresAt = {Tokens.ExpiresAt:O}, Ended = {IsEnded} }}";
}
