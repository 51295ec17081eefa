using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using CognitoKit.Testing.Host;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.SocialProviders;

/// <summary>
/// The stand-in social and OIDC providers of one emulator: an RSA key per provider name, the opaque tokens issued as
/// Facebook or Amazon, and the registered OIDC providers. Attached to the <see cref="EmulatorState"/> like the
/// identity store, so nothing else needs a field for it. Thread-safe.
/// </summary>
internal sealed class SocialProviderStore
{
    /// <summary>The account that owns the registered OIDC providers (the same one the test roles use).</summary>
    public const string Account = "123456789012";

    private static readonly ConditionalWeakTable<EmulatorState, SocialProviderStore> Stores = new();

    private readonly ConcurrentDictionary<string, Lazy<RsaSecurityKey>> keys = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, OpaqueSocialToken> OpaqueTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Registered OIDC providers by provider name (issuer without the scheme).</summary>
    public ConcurrentDictionary<string, EmulatedOidcProvider> OidcProviders { get; } = new(StringComparer.Ordinal);

    public static SocialProviderStore For(EmulatorState state) => Stores.GetValue(state, _ => new SocialProviderStore());

    /// <summary>The provider's signing key, made on first use.</summary>
    public RsaSecurityKey KeyOf(string providerName) => keys.GetOrAdd(
        providerName,
        _ => new Lazy<RsaSecurityKey>(
            () => new RsaSecurityKey(RSA.Create(2048)) { KeyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant() },
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The key with this id among the provider's, or null (a token signed by anyone else).</summary>
    public RsaSecurityKey? FindKey(string providerName, string? keyId) =>
        keys.TryGetValue(providerName, out var key) && key.IsValueCreated && key.Value.KeyId == keyId ? key.Value : null;
}
