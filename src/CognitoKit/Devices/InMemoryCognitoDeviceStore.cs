using System.Collections.Concurrent;

namespace CognitoKit;

/// <summary>
/// The default <see cref="ICognitoDeviceStore"/>: devices live as long as the process. Usernames are compared
/// case-insensitively, as Cognito compares them by default.
/// </summary>
public sealed class InMemoryCognitoDeviceStore : ICognitoDeviceStore
{
    private readonly ConcurrentDictionary<(string Pool, string User), DeviceSecrets> _devices = new(KeyComparer.Instance);

    /// <inheritdoc/>
    public ValueTask<DeviceSecrets?> GetAsync(string userPoolId, string username, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_devices.TryGetValue((userPoolId, username), out DeviceSecrets? device) ? device : null);

    /// <inheritdoc/>
    public ValueTask SaveAsync(string userPoolId, string username, DeviceSecrets device, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        _devices[(userPoolId, username)] = device;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask RemoveAsync(string userPoolId, string username, CancellationToken cancellationToken)
    {
        _devices.TryRemove((userPoolId, username), out _);
        return ValueTask.CompletedTask;
    }

    private sealed class KeyComparer : IEqualityComparer<(string Pool, string User)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Pool, string User) x, (string Pool, string User) y) =>
            string.Equals(x.Pool, y.Pool, StringComparison.Ordinal) && string.Equals(x.User, y.User, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Pool, string User) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Pool), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.User));
    }
}
