namespace CognitoKit;

/// <summary>
/// Remembers the identity id Cognito gave each user (and this app's guest), so a user keeps one identity instead of
/// CognitoKit asking <c>GetId</c> again. The default keeps them in memory; register your own (before or after
/// <c>AddCognitoKit</c>) to keep them across restarts or share them between servers.
/// </summary>
/// <remarks>Identity ids are not secrets, but they are stable user identifiers: store them as personal data. Register
/// your own with <c>services.AddCognitoKit(...).AddIdentityIdStore&lt;TStore&gt;()</c>.</remarks>
public interface ICognitoIdentityIdStore
{
    /// <summary>The identity id remembered under <paramref name="key"/>, or null.</summary>
    /// <param name="key">The identity pool and login.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The identity id, or null.</returns>
    ValueTask<string?> GetAsync(IdentityIdKey key, CancellationToken cancellationToken = default);

    /// <summary>Remembers <paramref name="identityId"/> under <paramref name="key"/>, replacing any earlier one.</summary>
    /// <param name="key">The identity pool and login.</param>
    /// <param name="identityId">The identity id Cognito answered with.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    ValueTask SetAsync(IdentityIdKey key, string identityId, CancellationToken cancellationToken = default);

    /// <summary>Forgets what is remembered under <paramref name="key"/> (Cognito no longer knows that identity).</summary>
    /// <param name="key">The identity pool and login.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    ValueTask RemoveAsync(IdentityIdKey key, CancellationToken cancellationToken = default);
}
