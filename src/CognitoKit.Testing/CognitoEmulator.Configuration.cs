using System.Globalization;
using CognitoKit.Testing.IdentityPools;

namespace CognitoKit.Testing;

public sealed partial class CognitoEmulator
{
    /// <summary>The configuration section CognitoKit binds by default.</summary>
    public const string DefaultConfigurationSection = "CognitoKit";

    /// <summary>
    /// The configuration keys that point CognitoKit at this emulator, for
    /// <c>new ConfigurationBuilder().AddInMemoryCollection(emulator.ToConfiguration(pool, client))</c>: the pool, the
    /// app client (and its secret, if it has one), the region, and this emulator as the user-pools, identity and STS
    /// endpoint. An app that reads its <c>CognitoKit</c> section from configuration runs against the emulator unchanged.
    /// </summary>
    /// <param name="pool">The user pool, made by this emulator.</param>
    /// <param name="client">The app client of <paramref name="pool"/>.</param>
    /// <param name="identityPool">An identity pool to set as <c>IdentityPoolId</c>; optional.</param>
    /// <param name="sectionName">The section the keys live under (<see cref="DefaultConfigurationSection"/> unless given).</param>
    /// <returns>Keys such as <c>CognitoKit:UserPoolId</c>, <c>CognitoKit:UserPoolEndpoint</c>, with their values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pool"/> or <paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sectionName"/> is empty, or <paramref name="pool"/> is not a pool of this emulator.</exception>
    public IReadOnlyDictionary<string, string?> ToConfiguration(
        EmulatedUserPool pool,
        EmulatedUserPoolClient client,
        EmulatedIdentityPool? identityPool = null,
        string sectionName = DefaultConfigurationSection)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        if (!pool.BelongsTo(this))
        {
            throw new ArgumentException($"User pool '{pool.Id}' was made by another emulator, not the one at {Endpoint}.", nameof(pool));
        }

        string endpoint = Endpoint.AbsoluteUri;
        var keys = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [Key("UserPoolId")] = pool.Id,
            [Key("ClientId")] = client.ClientId,
            [Key("Region")] = Region,
            [Key("UserPoolEndpoint")] = endpoint,
            [Key("IdentityEndpoint")] = endpoint,
            [Key("StsEndpoint")] = endpoint,
        };
        if (client.ClientSecret is not null)
        {
            keys[Key("ClientSecret")] = client.ClientSecret;
        }

        if (identityPool is not null)
        {
            keys[Key("IdentityPoolId")] = identityPool.Id;
        }

        return keys;

        string Key(string name) => string.Create(CultureInfo.InvariantCulture, $"{sectionName}:{name}");
    }
}
