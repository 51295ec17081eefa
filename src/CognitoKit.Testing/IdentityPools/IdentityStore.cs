using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Sts;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>
/// Identity pools, their identities, the credentials issued for them and the key that signs OpenID tokens.
/// One per emulator, attached to its <see cref="EmulatorState"/> so that the user-pool side needs no field for it.
/// Every member is guarded by <see cref="Gate"/> except the thread-safe <see cref="Credentials"/>.
/// </summary>
internal sealed class IdentityStore
{
    private static readonly ConditionalWeakTable<EmulatorState, IdentityStore> Stores = new();
    private Lazy<RsaSecurityKey> openIdKey = new(
        () => new RsaSecurityKey(RSA.Create(2048)) { KeyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() },
        LazyThreadSafetyMode.ExecutionAndPublication);

    public object Gate { get; } = new();

    public Dictionary<string, IdentityPool> Pools { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Identity> Identities { get; } = new(StringComparer.Ordinal);

    /// <summary>(pool id, provider key, subject) to identity id: one identity per user per pool.</summary>
    public Dictionary<(string PoolId, string ProviderKey, string Subject), string> ByLogin { get; } = [];

    public CredentialStore Credentials { get; } = new();

    /// <summary>Signs the OpenID tokens of GetOpenIdToken (RS256), published as this emulator's identity JWKS.</summary>
    public RsaSecurityKey OpenIdKey => openIdKey.Value;

    /// <summary>Whether the OpenID signing key exists yet; only a made key is kept in a data directory.</summary>
    public bool HasOpenIdKey => openIdKey.IsValueCreated;

    /// <summary>Puts back the OpenID signing key a data directory kept.</summary>
    public void RestoreOpenIdKey(RsaSecurityKey key) => openIdKey = new Lazy<RsaSecurityKey>(key);

    public static IdentityStore For(EmulatorState state) => Stores.GetValue(state, _ => new IdentityStore());

    /// <summary>The identity pool, or ResourceNotFoundException as Cognito words it. Call under <see cref="Gate"/>.</summary>
    public IdentityPool GetPool(string identityPoolId) =>
        Pools.GetValueOrDefault(identityPoolId) ?? throw IdentityErrors.ResourceNotFound("IdentityPool '" + identityPoolId + "' not found.");

    /// <summary>The identity, following a merge to where it went. Call under <see cref="Gate"/>.</summary>
    public Identity GetIdentity(string identityId)
    {
        var identity = Identities.GetValueOrDefault(identityId) ?? throw IdentityErrors.ResourceNotFound("Identity '" + identityId + "' not found.");
        while (identity.MergedInto is { } target && Identities.TryGetValue(target, out var merged))
        {
            identity = merged;
        }

        return identity;
    }

    public Identity NewIdentity(IdentityPool pool, DateTimeOffset now)
    {
        var region = pool.Id[..pool.Id.IndexOf(':', StringComparison.Ordinal)];
        var identity = new Identity { Id = region + ":" + Guid.NewGuid().ToString("D"), PoolId = pool.Id, CreationDate = now, LastModifiedDate = now };
        Identities[identity.Id] = identity;
        return identity;
    }

    public void Link(Identity identity, VerifiedLogin login, DateTimeOffset now)
    {
        identity.Logins[login.ProviderKey] = login;
        identity.LastModifiedDate = now;
        ByLogin[(identity.PoolId, login.ProviderKey, login.Subject)] = identity.Id;
    }

    public void RemovePool(IdentityPool pool)
    {
        Pools.Remove(pool.Id);
        foreach (var id in Identities.Values.Where(i => i.PoolId == pool.Id).Select(i => i.Id).ToList())
        {
            Identities.Remove(id);
        }

        foreach (var key in ByLogin.Keys.Where(k => k.PoolId == pool.Id).ToList())
        {
            ByLogin.Remove(key);
        }
    }
}
