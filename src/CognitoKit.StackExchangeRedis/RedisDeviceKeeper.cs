using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>The <see cref="ICognitoDeviceKeeper"/> on Redis: one encrypted entry per user pool and username.</summary>
/// <remarks>Redis unreachable: reads and writes throw <see cref="CognitoSessionStoreUnavailableException"/>; sign-in logs it and goes on without a kept device.</remarks>
internal sealed class RedisDeviceKeeper : ICognitoDeviceKeeper
{
    private const string Purpose = "CognitoKit.Devices.v1";
    private readonly RedisConnection _redis;
    private readonly IDataProtectionProvider _protection;
    private readonly string _userPoolId;
    private readonly IDataProtector _protector;

    public RedisDeviceKeeper(RedisConnection redis, IDataProtectionProvider protection, string userPoolId)
    {
        _redis = redis;
        _protection = protection;
        _userPoolId = userPoolId;
        _protector = protection.CreateProtector(Purpose, userPoolId);
    }

    public async ValueTask<DeviceSecrets?> GetAsync(KeptDeviceKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        RedisValue value = await RunAsync(db => db.StringGetAsync(_redis.DeviceKey(key))).ConfigureAwait(false);
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(Protector(key).Unprotect(value.ToString()));
            JsonElement root = json.RootElement;
            return new DeviceSecrets(root.GetProperty("k").GetString()!, root.GetProperty("g").GetString()!, root.GetProperty("p").GetString()!);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // unreadable (key ring lost): as if none was kept
        }
    }

    public async ValueTask SetAsync(KeptDeviceKey key, DeviceSecrets device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(device);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("k", device.DeviceKey);
            writer.WriteString("g", device.DeviceGroupKey);
            writer.WriteString("p", device.DevicePassword);
            writer.WriteEndObject();
        }

        string text = Protector(key).Protect(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        await RunAsync(db => db.StringSetAsync(_redis.DeviceKey(key), text, _redis.Options.RefreshTokenLifetime)).ConfigureAwait(false);
    }

    public async ValueTask RemoveAsync(KeptDeviceKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await RunAsync(db => db.KeyDeleteAsync(_redis.DeviceKey(key))).ConfigureAwait(false);
    }

    // Keys always carry the instance's own pool; another pool's key still gets its own purpose.
    private IDataProtector Protector(KeptDeviceKey key) =>
        string.Equals(key.UserPoolId, _userPoolId, StringComparison.Ordinal) ? _protector : _protection.CreateProtector(Purpose, key.UserPoolId);

    private Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command) => _redis.RunAsync(command, "the device");

    public override string ToString() => "RedisDeviceKeeper";
}
