namespace CognitoKit;

/// <summary>
/// Where the secrets of remembered devices are kept, per user pool and username. The default keeps them in memory
/// (<see cref="InMemoryCognitoDeviceStore"/>); register your own (a keychain, a protected file, a database) with
/// <c>services.AddSingleton&lt;ICognitoDeviceStore, MyStore&gt;()</c> so devices survive a restart.
/// </summary>
/// <remarks>
/// A device is saved under the username Cognito knows the user by and, when the user signed in with an alias such as
/// an email address, under that alias too, because the next sign-in only knows what the user types.
/// </remarks>
public interface ICognitoDeviceStore
{
    /// <summary>Returns the device remembered for the user, or <c>null</c>.</summary>
    /// <param name="userPoolId">The user pool id.</param>
    /// <param name="username">The username or alias.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The device, or <c>null</c>.</returns>
    ValueTask<DeviceSecrets?> GetAsync(string userPoolId, string username, CancellationToken cancellationToken);

    /// <summary>Saves (or replaces) the device remembered for the user.</summary>
    /// <param name="userPoolId">The user pool id.</param>
    /// <param name="username">The username or alias.</param>
    /// <param name="device">The device's secrets.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when saved.</returns>
    ValueTask SaveAsync(string userPoolId, string username, DeviceSecrets device, CancellationToken cancellationToken);

    /// <summary>Forgets the device remembered for the user, if any.</summary>
    /// <param name="userPoolId">The user pool id.</param>
    /// <param name="username">The username or alias.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when removed.</returns>
    ValueTask RemoveAsync(string userPoolId, string username, CancellationToken cancellationToken);
}
