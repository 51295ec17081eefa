namespace CognitoKit;

/// <summary>
/// Keeps signed-in users' sessions between requests (<c>cognito.Sessions</c>): save one under a key you choose, get it
/// back as a live session that refreshes itself, and remove it at sign-out. Backed by the registered
/// <see cref="ICognitoSessionStore"/> (in memory unless you register your own).
/// </summary>
/// <remarks>
/// A session saved or got here stays bound to its key: when it refreshes, the store is updated before the refreshed
/// tokens are handed out (so a rotated refresh token is never lost), and when Cognito refuses its refresh token the
/// entry is removed, so the next <see cref="GetAsync"/> returns <see langword="null"/>: sign in again. A refresh does
/// not re-create an entry that was removed meanwhile.
/// <para>One process keeps one live session per key: concurrent <see cref="GetAsync"/> calls for a key (the requests of
/// one user) get the same <see cref="CognitoSession"/>, the one last saved or got under it, so they share one refresh
/// and a rotated refresh token is never spent twice. The store is still read on every call: when its entry is gone, or
/// holds a different sign-in (saved anew, or refreshed by another server), the stored one wins.</para>
/// <para>Across processes, a registered <see cref="ICognitoSessionRefreshCoordinator"/> (the Redis package registers
/// one) makes a due session refresh once across every server sharing the store.</para>
/// </remarks>
public interface ICognitoSessions
{
    /// <summary>Saves <paramref name="session"/> under <paramref name="key"/> and keeps the entry current as the session refreshes.</summary>
    /// <param name="key">Your key for the session, such as the user's id.</param>
    /// <param name="session">The session, typically just signed in.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the session is saved.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty, or <paramref name="session"/> has ended.</exception>
    /// <exception cref="CognitoSessionPoolMismatchException"><paramref name="session"/> belongs to another user pool or app client than this instance.</exception>
    Task SaveAsync(string key, CognitoSession session, CancellationToken cancellationToken = default);

    /// <summary>Gets the session saved under <paramref name="key"/>, live and bound to the key: the same instance for every caller in this process while the stored entry belongs to it.</summary>
    /// <param name="key">Your key for the session.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session, or <see langword="null"/> when none is saved (the user must sign in).</returns>
    /// <exception cref="CognitoSessionPoolMismatchException">The stored session belongs to another user pool or app client than this instance.</exception>
    Task<CognitoSession?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes the session saved under <paramref name="key"/> (at sign-out). Does not revoke its tokens at Cognito.</summary>
    /// <param name="key">Your key for the session.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the entry is gone.</returns>
    Task RemoveAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Turns a snapshot (from <see cref="CognitoSession.ToSnapshot"/>) back into a live session, bound to no store.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>A session that refreshes like the one the snapshot was taken from.</returns>
    /// <exception cref="ArgumentException">The snapshot lacks the username or a token.</exception>
    /// <exception cref="CognitoSessionPoolMismatchException">The snapshot belongs to another user pool or app client than this instance.</exception>
    CognitoSession Restore(CognitoSessionSnapshot snapshot);
}
