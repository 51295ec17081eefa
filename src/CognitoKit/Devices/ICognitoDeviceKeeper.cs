namespace CognitoKit;

/// <summary>
/// Keeps end users' remembered devices on the server, per user pool and username, for apps that cannot keep them on the
/// end user's device. When one is registered (<c>services.AddCognitoKit(...).AddDeviceKeeper&lt;TKeeper&gt;()</c>),
/// <c>SignIn(...)</c> presents the device kept for that user when the caller passes none with <c>WithDevice</c>, keeps the
/// device a sign-in confirms with <c>TrackNewDevice</c>, and forgets a kept device Cognito refuses.
/// </summary>
/// <remarks>
/// <para>Same shape as <see cref="ICognitoSessionStore"/> and <see cref="ICognitoIdentityIdStore"/>. Entries are keyed by
/// <see cref="KeptDeviceKey"/> (the pool and the username), never by process: one user's device never reaches
/// another user. All browsers of one user then share one device, so a user who signs in from two browsers remembers
/// the last one confirmed; keep devices on the end user's device (an encrypted cookie) when that matters.</para>
/// <para>Device secrets answer device SRP, which can let the user skip MFA: keep them as carefully as refresh tokens,
/// encrypted at rest. Implementations must be thread-safe. None is registered by default.</para>
/// </remarks>
public interface ICognitoDeviceKeeper
{
    /// <summary>Reads the device kept under <paramref name="key"/>.</summary>
    /// <param name="key">The user pool and username.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The device, or <see langword="null"/> when none is kept.</returns>
    ValueTask<DeviceSecrets?> GetAsync(KeptDeviceKey key, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="device"/> under <paramref name="key"/>, replacing what was there.</summary>
    /// <param name="key">The user pool and username.</param>
    /// <param name="device">The device's key, group key and password.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the device is kept.</returns>
    ValueTask SetAsync(KeptDeviceKey key, DeviceSecrets device, CancellationToken cancellationToken = default);

    /// <summary>Forgets the device kept under <paramref name="key"/>; nothing happens when none is.</summary>
    /// <param name="key">The user pool and username.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the entry is gone.</returns>
    ValueTask RemoveAsync(KeptDeviceKey key, CancellationToken cancellationToken = default);
}
