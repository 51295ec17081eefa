using System.Collections.Concurrent;

namespace CognitoKit;

/// <summary>
/// An <see cref="ICognitoDeviceKeeper"/> in this process's memory, for tests and development: lost on restart, not
/// shared between servers, and not encrypted. Use a distributed, encrypted keeper in production.
/// </summary>
public sealed class InMemoryCognitoDeviceKeeper : ICognitoDeviceKeeper
{
    private readonly ConcurrentDictionary<KeptDeviceKey, DeviceSecrets> _devices = new();

    /// <summary>How many devices are kept.</summary>
    public int Count => _devices.Count;

    /// <inheritdoc />
    public ValueTask<DeviceSecrets?> GetAsync(KeptDeviceKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_devices.TryGetValue(key, out DeviceSecrets? device) ? device : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(KeptDeviceKey key, DeviceSecrets device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(device);
        DeviceSecrets.Check(device, nameof(device));
        cancellationToken.ThrowIfCancellationRequested();
        _devices[key] = device;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(KeptDeviceKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        _devices.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    /// <summary>Shows how many devices are kept, never their secrets.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"InMemoryCognitoDeviceKeeper {{ Count = {Count} }}";
}
