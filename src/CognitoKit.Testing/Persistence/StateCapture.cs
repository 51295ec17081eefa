using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.IdentityPools;
using CognitoKit.Testing.OAuth;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Persistence;

/// <summary>
/// The emulator's lasting state as records, one per entity (a pool's settings, a client, a user with its devices, MFA and
/// groups, a group, a refresh token, an identity pool, an identity...), keyed by kind and id. Each pool is read under its
/// own lock and the identity store under its own, so every record is a consistent picture of its entity.
/// In-flight state (auth sessions, hosted sign-in sessions and codes, lockout counters, the inbox, the request log,
/// faults, stand-in social providers, issued AWS credentials) is not kept.
/// </summary>
internal static class StateCapture
{
    private const string PoolPrefix = "pool:";
    private const string ClientPrefix = "client:";
    private const string UserPrefix = "user:";
    private const string GroupPrefix = "group:";
    private const string RefreshPrefix = "refresh:";
    private const string RevokedPrefix = "revoked:";
    private const string ScopesPrefix = "scopes:";
    private const string ResourceServerPrefix = "resource-server:";
    private const string IdentityPoolPrefix = "identity-pool:";
    private const string IdentityPrefix = "identity:";
    private const string IdentityLoginPrefix = "identity-login:";
    private const string OpenIdKeyRecord = "identity-openid-key";

    /// <summary>
    /// Every property of the emulator's stores, kept or not and why. The test
    /// <c>Stores_EveryProperty_IsKeptOrDeclaredTransient</c> fails when a store gains a property without a decision here:
    /// new state is then either added to <see cref="Capture"/> and <see cref="Restore"/>, or declared transient.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Decisions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EmulatorState.Region"] = "given at start",
        ["EmulatorState.Clock"] = "given at start",
        ["EmulatorState.Endpoint"] = "known once the server listens",
        ["EmulatorState.Now"] = "the clock",
        ["EmulatorState.UserPools"] = "kept: pools, clients, users (devices, MFA, passkeys, groups), groups, signing keys",
        ["EmulatorState.RefreshTokens"] = "kept: refresh tokens not yet expired, revoked sign-ins",
        ["EmulatorState.AuthSessions"] = "in flight: a half-done challenge lasts minutes; sign in again",
        ["EmulatorState.Inbox"] = "test hook: what was sent",
        ["EmulatorState.Faults"] = "test hook",
        ["EmulatorState.Requests"] = "test hook",
        ["EmulatorState.Journal"] = "the persistence itself",
        ["EmulatorState.Sweeper"] = "a timer that forgets what has expired",
        ["EmulatorState.AllowedHostNames"] = "given at start",
        ["EmulatorState.AcceptsAddressHosts"] = "given at start",
        ["EmulatorState.TriggerTimeout"] = "given at start",
        ["EmulatorState.LambdaEndpoint"] = "given at start",
        ["OAuthDomain.State"] = "the owner",
        ["OAuthDomain.Pending"] = "in flight: a sign-in page open in a browser",
        ["OAuthDomain.Codes"] = "in flight: authorization codes live minutes",
        ["OAuthDomain.Sessions"] = "hosted sign-in cookies; sign in again",
        ["OAuthDomain.SignUps"] = "in flight: a sign-up awaiting its code on a hosted page open in a browser",
        ["OAuthDomain.RefreshScopes"] = "kept with their refresh tokens",
        ["OAuthDomain.ResourceServers"] = "kept",
        ["IdentityStore.Gate"] = "a lock",
        ["IdentityStore.Pools"] = "kept",
        ["IdentityStore.Identities"] = "kept",
        ["IdentityStore.ByLogin"] = "kept",
        ["IdentityStore.Credentials"] = "issued AWS credentials live an hour; get new ones",
        ["IdentityStore.OpenIdKey"] = "kept once made",
        ["IdentityStore.HasOpenIdKey"] = "computed",
        ["SocialProviderStore.OpaqueTokens"] = "stand-in provider tokens made in process by a test",
        ["SocialProviderStore.OidcProviders"] = "registered in process by a test",
    };

    public static Dictionary<string, byte[]> Capture(EmulatorState state)
    {
        var records = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var now = state.Now;
        foreach (var pool in state.UserPools.All)
        {
            lock (pool.Gate)
            {
                records[PoolPrefix + pool.Id] = PersistenceJson.Serialize(PoolRecord.From(pool));
                foreach (var client in pool.Clients.Values)
                {
                    records[ClientPrefix + pool.Id + "/" + client.ClientId] = PersistenceJson.Serialize(client);
                }

                foreach (var user in pool.Users.Values)
                {
                    records[UserPrefix + pool.Id + "/" + user.Username] = PersistenceJson.Serialize(user);
                }

                foreach (var (name, group) in pool.Groups)
                {
                    records[GroupPrefix + pool.Id + "/" + name] = Encoding.UTF8.GetBytes(group.ToJsonString());
                }
            }
        }

        var domain = OAuthDomain.For(state);
        foreach (var (token, session) in state.RefreshTokens.Entries)
        {
            if (session.ExpiresAt > now)
            {
                records[RefreshPrefix + token] = PersistenceJson.Serialize(session);
                if (domain.RefreshScopes.TryGetValue(token, out var scopes))
                {
                    records[ScopesPrefix + token] = PersistenceJson.Serialize(scopes);
                }
            }
        }

        foreach (var (origin, until) in state.RefreshTokens.RevokedOrigins)
        {
            records[RevokedPrefix + origin] = System.Text.Encoding.UTF8.GetBytes(until.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (poolId, servers) in domain.ResourceServers)
        {
            foreach (var (identifier, scopes) in servers)
            {
                records[ResourceServerPrefix + poolId + "/" + identifier] = PersistenceJson.Serialize(new ResourceServerRecord(poolId, identifier, scopes));
            }
        }

        var identities = IdentityStore.For(state);
        lock (identities.Gate)
        {
            foreach (var pool in identities.Pools.Values)
            {
                records[IdentityPoolPrefix + pool.Id] = PersistenceJson.Serialize(pool);
            }

            foreach (var identity in identities.Identities.Values)
            {
                records[IdentityPrefix + identity.Id] = PersistenceJson.Serialize(identity);
            }

            foreach (var ((poolId, providerKey, subject), identityId) in identities.ByLogin)
            {
                records[IdentityLoginPrefix + poolId + "/" + providerKey + "/" + subject] = PersistenceJson.Serialize(new IdentityLoginRecord(poolId, providerKey, subject, identityId));
            }

            if (identities.HasOpenIdKey)
            {
                var key = identities.OpenIdKey;
                records[OpenIdKeyRecord] = PersistenceJson.Serialize(new[] { key.KeyId, PersistenceJson.ExportKey(key) });
            }
        }

        return records;
    }

    /// <summary>Rebuilds the state from records, before the server takes any request.</summary>
    public static void Restore(EmulatorState state, IReadOnlyDictionary<string, byte[]> records, string source)
    {
        string current = string.Empty;
        try
        {
            var pools = new Dictionary<string, UserPool>(StringComparer.Ordinal);
            foreach (var (key, value) in records.Where(r => r.Key.StartsWith(PoolPrefix, StringComparison.Ordinal)))
            {
                current = key;
                var pool = PersistenceJson.Deserialize<PoolRecord>(value).ToPool();
                pools[pool.Id] = pool;
                state.UserPools.Add(pool);
            }

            var domain = OAuthDomain.For(state);
            var identities = IdentityStore.For(state);
            foreach (var (key, value) in records.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                current = key;
                switch (Prefix(key))
                {
                    case PoolPrefix:
                        break;
                    case ClientPrefix:
                        var client = PersistenceJson.Deserialize<UserPoolClient>(value);
                        state.UserPools.AddClient(PoolOf(pools, key, ClientPrefix), client);
                        break;
                    case UserPrefix:
                        PoolOf(pools, key, UserPrefix).Add(PersistenceJson.Deserialize<User>(value));
                        break;
                    case GroupPrefix:
                        var group = JsonNode.Parse(value) as JsonObject ?? throw new JsonException("A group is not an object.");
                        PoolOf(pools, key, GroupPrefix).Groups[key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]] = group;
                        break;
                    case RefreshPrefix:
                        state.RefreshTokens.Restore(key[RefreshPrefix.Length..], PersistenceJson.Deserialize<RefreshSession>(value));
                        break;
                    case ScopesPrefix:
                        domain.RefreshScopes[key[ScopesPrefix.Length..]] = PersistenceJson.Deserialize<string[]>(value);
                        break;
                    case RevokedPrefix:
                        state.RefreshTokens.RestoreRevokedOrigin(
                            key[RevokedPrefix.Length..],
                            long.TryParse(System.Text.Encoding.UTF8.GetString(value), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
                                ? new DateTimeOffset(ticks, TimeSpan.Zero)
                                : state.Now + TimeSpan.FromDays(1));
                        break;
                    case ResourceServerPrefix:
                        var server = PersistenceJson.Deserialize<ResourceServerRecord>(value);
                        domain.ResourceServers.GetOrAdd(server.PoolId, _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal))[server.Identifier] = server.Scopes;
                        break;
                    case IdentityPoolPrefix:
                        var identityPool = PersistenceJson.Deserialize<IdentityPool>(value);
                        identities.Pools[identityPool.Id] = identityPool;
                        break;
                    case IdentityPrefix:
                        var identity = PersistenceJson.Deserialize<Identity>(value);
                        identities.Identities[identity.Id] = identity;
                        break;
                    case IdentityLoginPrefix:
                        var login = PersistenceJson.Deserialize<IdentityLoginRecord>(value);
                        identities.ByLogin[(login.PoolId, login.ProviderKey, login.Subject)] = login.IdentityId;
                        break;
                    case OpenIdKeyRecord:
                        var openIdKey = PersistenceJson.Deserialize<string[]>(value);
                        identities.RestoreOpenIdKey(PersistenceJson.ImportKey(openIdKey[0], openIdKey[1]));
                        break;
                    default:
                        throw new JsonException("Unknown record kind.");
                }
            }
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or InvalidCastException or System.Security.Cryptography.CryptographicException or NotSupportedException)
        {
            throw new CognitoEmulatorDataException(EmulatorDataProblem.Corrupt, source, $"'{source}' holds a record that cannot be read ({RecordKind(current)}): {error.GetType().Name}.", error);
        }
    }

    private static string Prefix(string key) => key == OpenIdKeyRecord ? key : key[..(key.IndexOf(':', StringComparison.Ordinal) + 1)];

    private static string RecordKind(string key) => key.Length == 0 ? "no record" : Prefix(key).TrimEnd(':');

    private static UserPool PoolOf(Dictionary<string, UserPool> pools, string key, string prefix)
    {
        var rest = key[prefix.Length..];
        var poolId = rest[..rest.IndexOf('/', StringComparison.Ordinal)];
        return pools.GetValueOrDefault(poolId) ?? throw new JsonException("A record names a user pool that is not kept.");
    }

    private sealed record ResourceServerRecord(string PoolId, string Identifier, string[] Scopes);

    private sealed record IdentityLoginRecord(string PoolId, string ProviderKey, string Subject, string IdentityId);
}
