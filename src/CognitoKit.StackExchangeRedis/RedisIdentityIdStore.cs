using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>The <see cref="ICognitoIdentityIdStore"/> on Redis: identity ids (personal data) encrypted, one entry per identity pool and login.</summary>
/// <remarks>Redis unreachable: throws <see cref="CognitoSessionStoreUnavailableException"/>.</remarks>
internal sealed class RedisIdentityIdStore : ICognitoIdentityIdStore
{
    private readonly RedisConnection _redis;
    private readonly IDataProtector _protector;

    public RedisIdentityIdStore(RedisConnection redis, IDataProtectionProvider protection)
    {
        _redis = redis;
        _protector = protection.CreateProtector("CognitoKit.IdentityIds.v1");
    }

    public async ValueTask<string?> GetAsync(IdentityIdKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        RedisValue value = await RunAsync(db => db.StringGetAsync(KeyOf(key))).ConfigureAwait(false);
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(value.ToString());
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public async ValueTask SetAsync(IdentityIdKey key, string identityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(identityId);
        string text = _protector.Protect(identityId);
        await RunAsync(db => db.StringSetAsync(KeyOf(key), text, _redis.Options.RefreshTokenLifetime)).ConfigureAwait(false);
    }

    public async ValueTask RemoveAsync(IdentityIdKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await RunAsync(db => db.KeyDeleteAsync(KeyOf(key))).ConfigureAwait(false);
    }

    private RedisKey KeyOf(IdentityIdKey key) => _redis.IdentityPrefix + key.ToString();

    private async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command)
    {
        try
        {
            return await command(await _redis.GetDatabaseAsync().ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsUnavailable(ex) && ex is not CognitoSessionStoreUnavailableException)
        {
            throw new CognitoSessionStoreUnavailableException("Redis is unreachable: the identity id could not be read or kept.", ex);
        }
    }

    public override string ToString() => "RedisIdentityIdStore";
}
