using System.Collections.Concurrent;
using System.Security.Cryptography;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>All pools, and the index from client id to pool. Thread-safe.</summary>
internal sealed class UserPoolStore
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string LowerAlphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";
    private readonly ConcurrentDictionary<string, UserPool> pools = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UserPool> poolsByClient = new(StringComparer.Ordinal);

    public IEnumerable<UserPool> All => pools.Values;

    public static string NewPoolId(string region) => region + "_" + RandomNumberGenerator.GetString(Alphanumeric, 9);

    public static string NewClientId() => RandomNumberGenerator.GetString(LowerAlphanumeric, 26);

    public static string NewClientSecret() => RandomNumberGenerator.GetString(LowerAlphanumeric, 51);

    public void Add(UserPool pool) => pools[pool.Id] = pool;

    public void Remove(UserPool pool)
    {
        pools.TryRemove(pool.Id, out _);
        foreach (var client in pool.Clients.Keys)
        {
            poolsByClient.TryRemove(client, out _);
        }
    }

    public void AddClient(UserPool pool, UserPoolClient client)
    {
        pool.Clients[client.ClientId] = client;
        poolsByClient[client.ClientId] = pool;
    }

    public void RemoveClient(UserPool pool, string clientId)
    {
        pool.Clients.TryRemove(clientId, out _);
        poolsByClient.TryRemove(clientId, out _);
    }

    public UserPool? Find(string userPoolId) => pools.GetValueOrDefault(userPoolId);

    public UserPool Get(string userPoolId) =>
        Find(userPoolId) ?? throw AwsServiceException.ResourceNotFound("User pool " + userPoolId + " does not exist.");

    /// <summary>The pool and client for a ClientId, or ResourceNotFoundException as Cognito words it.</summary>
    public (UserPool Pool, UserPoolClient Client) GetClient(string clientId)
    {
        if (poolsByClient.TryGetValue(clientId, out var pool) && pool.Clients.TryGetValue(clientId, out var client))
        {
            return (pool, client);
        }

        throw AwsServiceException.ResourceNotFound("User pool client " + clientId + " does not exist.");
    }
}
