namespace CognitoKit;

/// <summary>
/// Coordinates the refresh of a stored session between the processes that share an <see cref="ICognitoSessionStore"/>
/// (the servers of a web farm), so a due session is refreshed once across all of them, not once per process. None is
/// registered by default: each process refreshes a session once however many requests want it (single-flight in
/// process), which is enough for one server. A distributed store package registers one with its store.
/// </summary>
/// <remarks>
/// <para>A live session bound to a key by <c>cognito.Sessions</c> calls <see cref="RefreshAsync"/> instead of
/// refreshing by itself. An implementation must, for the key, either run <c>refresh</c> once (under a lock or lease
/// that the other processes respect), from the newest snapshot the store holds so a rotated refresh token is used, and
/// store its answer before letting anyone else refresh; or return the newer snapshot another process stored meanwhile.
/// Errors thrown by <c>refresh</c> (Cognito's answers) must reach the caller as they are.</para>
/// <para>Implementations must be thread-safe and must never log or show a token.</para>
/// </remarks>
public interface ICognitoSessionRefreshCoordinator
{
    /// <summary>Refreshes the session stored under <paramref name="key"/>, or returns the refresh another process made.</summary>
    /// <param name="key">The session's key in the store.</param>
    /// <param name="current">The snapshot the calling process holds, whose tokens are due.</param>
    /// <param name="refresh">Trades the refresh token of the snapshot it is given for a new snapshot; it calls Cognito.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A snapshot newer than <paramref name="current"/>, already written to the store when the store still held the key.</returns>
    ValueTask<CognitoSessionSnapshot> RefreshAsync(
        string key,
        CognitoSessionSnapshot current,
        Func<CognitoSessionSnapshot, CancellationToken, ValueTask<CognitoSessionSnapshot>> refresh,
        CancellationToken cancellationToken = default);
}
