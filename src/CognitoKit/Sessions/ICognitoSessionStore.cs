namespace CognitoKit;

/// <summary>
/// Where a back end keeps its users' sessions between requests, under a key it chooses (a user id, a cookie's session
/// id). The default keeps them in memory; register your own (a distributed cache, a database) with
/// <c>services.AddCognitoKit(...).AddSessionStore&lt;TStore&gt;()</c> to share sessions between servers or survive restarts.
/// </summary>
/// <remarks>
/// <para>The three stores CognitoKit keeps per-user state in (this one, <see cref="ICognitoIdentityIdStore"/> and
/// <see cref="ICognitoDeviceKeeper"/>) share one shape: <c>GetAsync</c>, <c>SetAsync</c> and <c>RemoveAsync</c>, each a
/// <see cref="ValueTask"/>.</para>
/// Implementations must be thread-safe. Snapshots hold refresh tokens: keep them server-side and encrypted at rest
/// where the store allows; <see cref="CognitoSessionSnapshot.ToJson"/> and <see cref="CognitoSessionSnapshot.FromJson"/>
/// turn them into text and back. A store that expires entries should keep them at least as long as the refresh token
/// lives (30 days by default in Cognito).
/// </remarks>
public interface ICognitoSessionStore
{
    /// <summary>Reads the snapshot saved under <paramref name="key"/>.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot, or <see langword="null"/> when none is saved under the key.</returns>
    ValueTask<CognitoSessionSnapshot?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="snapshot"/> under <paramref name="key"/>, replacing what was there.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="snapshot">The session to keep.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the snapshot is saved.</returns>
    ValueTask SetAsync(string key, CognitoSessionSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>Removes whatever is saved under <paramref name="key"/>; nothing happens when nothing is.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the entry is gone.</returns>
    ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default);
}
