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
        RedisValue value = await RunAsync(db => db.StringGetAsync(_redis.IdentityKey(key))).ConfigureAwait(false);
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
        await RunAsync(db => db.StringSetAsync(_redis.IdentityKey(key), text, _redis.Options.RefreshTokenLifetime)).ConfigureAwait(false);
    }

    public async ValueTask RemoveAsync(IdentityIdKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await RunAsync(db => db.KeyDeleteAsync(_redis.IdentityKey(key))).ConfigureAwait(false);
    }

    private Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command) => _redis.RunAsync(command, "the identity id");

    public override string ToString() => "RedisIdentityIdStore";
}
