using System.Text.Json.Nodes;
using CognitoKit.Testing.Sts;

namespace CognitoKit.Testing.Seeding;

/// <summary>Identity pools: fixed ids, the user pool clients they trust, their roles.</summary>
internal static partial class SeedParser
{
    private static SeedIdentityPool IdentityPool(SeedNode node, HashSet<string> poolIds, Dictionary<string, string> clientIds)
    {
        node.AllowOnly("id", "name", "allowUnauthenticatedIdentities", "userPoolClients", "roles");
        var id = node.RequiredString("id");
        if (id.Length > 55 || !IdentityPoolIdPattern().IsMatch(id))
        {
            throw SeedNode.Fail(node.PathOf("id"), "an identity pool id is the region, ':' and a lowercase GUID, such as us-east-1:00000000-0000-0000-0000-000000000001.");
        }

        var request = new JsonObject
        {
            ["IdentityPoolName"] = node.RequiredString("name"),
            ["AllowUnauthenticatedIdentities"] = node.OptionalBool("allowUnauthenticatedIdentities") ?? false,
        };
        var providers = new JsonArray();
        foreach (var provider in node.Objects("userPoolClients"))
        {
            provider.AllowOnly("userPoolId", "clientId");
            var poolId = provider.RequiredString("userPoolId");
            var clientId = provider.RequiredString("clientId");
            if (!poolIds.Contains(poolId))
            {
                throw SeedNode.Fail(provider.PathOf("userPoolId"), "user pool " + poolId + " is not declared in userPools.");
            }

            if (!clientIds.TryGetValue(clientId, out var owner) || owner != poolId)
            {
                throw SeedNode.Fail(provider.PathOf("clientId"), "app client " + clientId + " is not declared in the clients of user pool " + poolId + ".");
            }

            // The AWS spelling of the provider: the emulator accepts it, and it does not depend on the port.
            var region = poolId[..poolId.IndexOf('_', StringComparison.Ordinal)];
            providers.Add(new JsonObject { ["ProviderName"] = "cognito-idp." + region + ".amazonaws.com/" + poolId, ["ClientId"] = clientId });
        }

        if (providers.Count > 0)
        {
            request["CognitoIdentityProviders"] = providers;
        }

        SeedRequest? roles = null;
        if (node.OptionalObject("roles") is { } rolesNode)
        {
            rolesNode.AllowOnly("authenticated", "unauthenticated");
            var map = new JsonObject();
            foreach (var type in new[] { "authenticated", "unauthenticated" })
            {
                if (rolesNode.OptionalString(type) is { } arn)
                {
                    map[type] = RoleArns.IsValid(arn) ? arn : throw SeedNode.Fail(rolesNode.PathOf(type), "expected an IAM role ARN, arn:aws:iam::{account}:role/{name}.");
                }
            }

            roles = new SeedRequest(rolesNode.Path, new JsonObject { ["IdentityPoolId"] = id, ["Roles"] = map });
        }

        return new SeedIdentityPool(node.Path, id, request, roles);
    }
}
