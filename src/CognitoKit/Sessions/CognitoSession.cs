using CognitoKit.Errors;
using CognitoKit.Events;
using CognitoKit.Sessions;
using CognitoKit.SignIn.Srp;
using CognitoKit.Tokens;

namespace CognitoKit;

/// <summary>
/// A signed-in user: their tokens, the username Cognito knows them by, and their remembered device, kept fresh on
/// demand. Safe to share between threads: concurrent callers of <see cref="GetValidTokensAsync"/> on an expiring
/// session cause exactly one refresh.
/// </summary>
/// <remarks>
/// <para>Tokens are refreshed once fewer than <see cref="RefreshMargin"/> remain before they expire, but never
/// earlier than half-way through their lifetime: with 5-minute tokens and the default 5-minute margin, a refresh
/// happens after 2.5 minutes, not on every call.</para>
/// <para>A refresh token Cognito refuses ends the session (<see cref="CognitoSessionExpiredException"/>: sign in
/// again). Any other failure (throttling, a service fault, the network) is thrown as it is and leaves the session and
/// its tokens untouched, so the next call simply tries again.</para>
/// <para><see cref="ToString"/> never shows a token.</para>
/// </remarks>
public sealed class CognitoSession
{
    private readonly ISessionRefresher _refresher;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private TokenState _state;
    private Task<CognitoTokens>? _refreshing;
    private Exception? _endedBy;
    private ISessionObserver? _observer;

    internal CognitoSession(string username, CognitoTokens tokens, string? deviceKey, ISessionRefresher refresher, TimeProvider time, TimeSpan refreshMargin)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(refresher);
        ArgumentNullException.ThrowIfNull(time);
        Username = username;
        DeviceKey = deviceKey;
        _refresher = refresher;
        _time = time;
        RefreshMargin = refreshMargin < TimeSpan.Zero ? TimeSpan.Zero : refreshMargin;
        _state = StateOf(tokens);
    }

    /// <summary>The username Cognito knows the user by (<c>cognito:username</c>; with email sign-in, not the email).</summary>
    public string Username { get; }

    /// <summary>
    /// The key of the device this session signed in with or confirmed, if any: Cognito ties the refresh token to it, so
    /// refreshes send it.
    /// </summary>
    public string? DeviceKey { get; internal set; }

    /// <summary>The tokens as they are now, possibly expired. Use <see cref="GetValidTokensAsync"/> to get fresh ones.</summary>
    public CognitoTokens Tokens => Volatile.Read(ref _state).Tokens;

    /// <summary>How long before expiry the tokens are refreshed, as configured (<c>CognitoKitOptions.RefreshMargin</c>).</summary>
    /// <remarks>For tokens whose lifetime is shorter than twice this margin, half their lifetime is used instead.</remarks>
    public TimeSpan RefreshMargin { get; }

    /// <summary>When <see cref="GetValidTokensAsync"/> will next refresh the current tokens.</summary>
    public DateTimeOffset RefreshDueAt => Volatile.Read(ref _state).RefreshAt;

    /// <summary>Whether the session has ended and the user must sign in again.</summary>
    public bool IsEnded => Volatile.Read(ref _endedBy) is not null;

    /// <summary>Raised after the tokens were refreshed, so a store can save them (rotated refresh tokens included).</summary>
    /// <remarks>Handlers run on the refreshing thread before waiting callers resume; they should not throw (an exception
    /// reaches the callers of that refresh, though the new tokens are kept).</remarks>
    public event EventHandler<CognitoTokens>? TokensRefreshed;

    /// <summary>
    /// Returns tokens that are valid for at least the refresh margin, refreshing them first when needed.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; a refresh other callers share goes on.</param>
    /// <returns>The current or refreshed tokens.</returns>
    /// <exception cref="CognitoSessionExpiredException">The refresh token no longer works: sign in again.</exception>
    /// <exception cref="CognitoException">A transient failure; the session and its tokens are kept.</exception>
    public Task<CognitoTokens> GetValidTokensAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfEnded();
        TokenState current = Volatile.Read(ref _state);
        if (_time.GetUtcNow() < current.RefreshAt)
        {
            return current.Completed;
        }

        return RefreshCoreAsync(current, cancellationToken);
    }

    /// <summary>Refreshes the tokens now, whatever their expiry (one refresh shared by concurrent callers).</summary>
    /// <param name="cancellationToken">Stops waiting; a refresh other callers share goes on.</param>
    /// <returns>The refreshed tokens.</returns>
    /// <exception cref="CognitoSessionExpiredException">The refresh token no longer works: sign in again.</exception>
    /// <exception cref="CognitoException">A transient failure; the session and its tokens are kept.</exception>
    public Task<CognitoTokens> RefreshAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfEnded();
        return RefreshCoreAsync(Volatile.Read(ref _state), cancellationToken);
    }

    /// <summary>
    /// Captures the session (tokens, username, device key) so it can be stored and later turned back into a live session
    /// with <c>cognito.Sessions.Restore(snapshot)</c>.
    /// </summary>
    /// <returns>A snapshot holding the tokens: store it as carefully as a password.</returns>
    public CognitoSessionSnapshot ToSnapshot() => CognitoSessionSnapshot.From(Username, DeviceKey, Tokens);

    /// <summary>Ends the session locally (after sign-out): later calls throw <see cref="CognitoSessionExpiredException"/>.</summary>
    internal void End(Exception reason) => Interlocked.CompareExchange(ref _endedBy, reason, null);

    /// <summary>Tells the instance's observers of refreshes, refusals and sign-outs; set by the factory that made the session.</summary>
    internal CognitoKitEventHub Events { get; set; } = CognitoKitEventHub.None;

    /// <summary>Sets who hears of refreshes and of the end of the session (the session store binding); replaces any earlier one.</summary>
    internal void Observe(ISessionObserver? observer) => Volatile.Write(ref _observer, observer);

    /// <summary>The margin actually used for <paramref name="tokens"/>: the configured one, capped at half their lifetime.</summary>
    internal static TimeSpan EffectiveMargin(CognitoTokens tokens, TimeSpan margin)
    {
        if (tokens.IssuedAt is not { } issued)
        {
            return margin;
        }

        TimeSpan lifetime = tokens.ExpiresAt - issued;
        if (lifetime <= TimeSpan.Zero)
        {
            return margin;
        }

        TimeSpan half = lifetime / 2;
        return margin < half ? margin : half;
    }

    private TokenState StateOf(CognitoTokens tokens) => new(tokens, tokens.ExpiresAt - EffectiveMargin(tokens, RefreshMargin));

    private Task<CognitoTokens> RefreshCoreAsync(TokenState seen, CancellationToken cancellationToken)
    {
        Task<CognitoTokens> shared;
        lock (_gate)
        {
            if (!ReferenceEquals(_state, seen) && _time.GetUtcNow() < _state.RefreshAt)
            {
                return Task.FromResult(_state.Tokens); // someone refreshed while we waited for the lock
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
            ThrowIfEnded();
            CognitoTokens current = Tokens;
            if (current.RefreshToken is null)
            {
                throw await EndAsync(
                    new CognitoSessionExpiredException("The session has no refresh token, so it cannot be refreshed: sign in again."), current)
                    .ConfigureAwait(false);
            }

            CognitoTokens fresh;
            bool stored = false;
            ISessionObserver? observer = Volatile.Read(ref _observer);
            try
            {
                if (observer is null)
                {
                    fresh = await RefreshFromAsync(current).ConfigureAwait(false);
                }
                else
                {
                    (fresh, stored) = await observer.RefreshAsync(this, current, RefreshFromAsync).ConfigureAwait(false);
                }
            }
            catch (CognitoException ex) when (EndsSession(ex))
            {
                CognitoSessionExpiredException ended = await EndAsync(
                    new CognitoSessionExpiredException($"Cognito refused the refresh token ({ex.ErrorCode}): the session has ended; sign in again. Cognito's own message is on the inner exception.", ex),
                    current).ConfigureAwait(false);
                await Events.RefreshRefusedAsync(this, ex.ErrorCode).ConfigureAwait(false);
                throw ended;
            }

            if (fresh.RefreshToken is null)
            {
                fresh = fresh.WithRefreshToken(current.RefreshToken);
            }

            Volatile.Write(ref _state, StateOf(fresh));
            if (observer is not null)
            {
                await observer.TokensRefreshedAsync(this, fresh, stored).ConfigureAwait(false);
            }

            await Events.RefreshedAsync(this).ConfigureAwait(false);
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

    /// <summary>Trades the refresh token of <paramref name="from"/> (this session's, or a newer one a shared store holds) for new tokens.</summary>
    private async Task<CognitoTokens> RefreshFromAsync(CognitoTokens from)
    {
        string refreshToken = from.RefreshToken
            ?? throw new CognitoSessionExpiredException("The session has no refresh token, so it cannot be refreshed: sign in again.");

        // The shared refresh is not tied to any one caller's cancellation: others may still be waiting for it.
        CognitoTokens fresh = await _refresher.RefreshAsync(Username, DeviceKey, refreshToken, CancellationToken.None).ConfigureAwait(false);
        return fresh.RefreshToken is null ? fresh.WithRefreshToken(refreshToken) : fresh;
    }

    /// <summary>
    /// Refusals that mean the refresh token will never work again; anything else may pass and keeps the session. A refused
    /// client secret is the app's configuration, not the token: the session survives until the secret is fixed.
    /// </summary>
    private static bool EndsSession(CognitoException error) => (error is NotAuthorizedException && !ClientSecrets.IsSecretRefusal(error))
        || error is UserNotFoundException or RefreshTokenReuseException or PasswordResetRequiredException or UserNotConfirmedException;

    private async Task<CognitoSessionExpiredException> EndAsync(CognitoSessionExpiredException reason, CognitoTokens last)
    {
        End(reason);
        if (Volatile.Read(ref _observer) is { } observer)
        {
            await observer.SessionEndedAsync(this, last).ConfigureAwait(false);
        }

        return reason;
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

    /// <summary>The tokens and when to refresh them, swapped as one so readers never see a mix.</summary>
    /// <summary>The tokens, when to refresh them, and a completed task holding them, so the hot path allocates nothing.</summary>
    private sealed record TokenState(CognitoTokens Tokens, DateTimeOffset RefreshAt)
    {
        public Task<CognitoTokens> Completed { get; } = Task.FromResult(Tokens);
    }
}
