using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>The <see cref="ICognitoDeviceKeeper"/> on Redis: one encrypted entry per user pool and username.</summary>
/// <remarks>Redis unreachable: reads and writes throw <see cref="CognitoSessionStoreUnavailableException"/>; sign-in logs it and goes on without a kept device.</remarks>
internal sealed class RedisDeviceKeeper : ICognitoDeviceKeeper
{
    private readonly RedisConnection _redis;
    private readonly IDataProtectionProvider _protection;

    public RedisDeviceKeeper(RedisConnection redis, IDataProtectionProvider protection)
    {
        _redis = redis;
        _protection = protection;
    }

    public async ValueTask<DeviceSecrets?> GetAsync(KeptDeviceKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        RedisValue value = await RunAsync(db => db.StringGetAsync(KeyOf(key))).ConfigureAwait(false);
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
        await RunAsync(db => db.StringSetAsync(KeyOf(key), text, _redis.Options.RefreshTokenLifetime)).ConfigureAwait(false);
    }

    public async ValueTask RemoveAsync(KeptDeviceKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await RunAsync(db => db.KeyDeleteAsync(KeyOf(key))).ConfigureAwait(false);
    }

    private IDataProtector Protector(KeptDeviceKey key) => _protection.CreateProtector("CognitoKit.Devices.v1", key.UserPoolId);

    private RedisKey KeyOf(KeptDeviceKey key) => $"{_redis.Options.InstanceName}:{key.UserPoolId}:d:{key.Username}";

    private async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command)
    {
        try
        {
            return await command(await _redis.GetDatabaseAsync().ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex) && ex is not CognitoSessionStoreUnavailableException)
        {
            throw new CognitoSessionStoreUnavailableException("Redis is unreachable: the device could not be read or kept.", ex);
        }
    }

    public override string ToString() => "RedisDeviceKeeper";
}
