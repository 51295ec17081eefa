using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Sts;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>Identity pool set-up: create, describe, update, list, delete, and the pool's roles.</summary>
internal static partial class IdentityPoolOperations
{
    private static readonly string[] RoleTypes = ["authenticated", "unauthenticated"];

    public static void Register(EmulatorState state, IdentityStore store, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["CreateIdentityPool"] = r => new(Create(state, store, r));
        ops["UpdateIdentityPool"] = r => new(Update(store, r));
        ops["DescribeIdentityPool"] = r =>
        {
            lock (store.Gate)
            {
                return new(Describe(store.GetPool(r.RequiredString("IdentityPoolId"))));
            }
        };
        ops["DeleteIdentityPool"] = r =>
        {
            lock (store.Gate)
            {
                store.RemovePool(store.GetPool(r.RequiredString("IdentityPoolId")));
            }

            return new((JsonObject?)null);
        };
        ops["ListIdentityPools"] = r => new(List(store, r));
        ops["SetIdentityPoolRoles"] = r => new(SetRoles(store, r));
        ops["GetIdentityPoolRoles"] = r => new(GetRoles(store, r));
    }

    public static JsonObject Describe(IdentityPool pool)
    {
        var result = new JsonObject
        {
            ["IdentityPoolId"] = pool.Id,
            ["IdentityPoolName"] = pool.Name,
            ["AllowUnauthenticatedIdentities"] = pool.AllowUnauthenticatedIdentities,
        };
        if (pool.AllowClassicFlow is { } classic)
        {
            result["AllowClassicFlow"] = classic;
        }

        if (pool.SupportedLoginProviders.Count > 0)
        {
            result["SupportedLoginProviders"] = new JsonObject(pool.SupportedLoginProviders.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        }

        if (pool.DeveloperProviderName is { } developer)
        {
            result["DeveloperProviderName"] = developer;
        }

        result["OpenIdConnectProviderARNs"] = new JsonArray([.. pool.OpenIdConnectProviderArns.Select(a => (JsonNode)a)]);
        result["CognitoIdentityProviders"] = new JsonArray([.. pool.CognitoIdentityProviders.Select(p => (JsonNode)new JsonObject
        {
            ["ProviderName"] = p.ProviderName,
            ["ClientId"] = p.ClientId,
            ["ServerSideTokenCheck"] = p.ServerSideTokenCheck,
        })]);
        result["SamlProviderARNs"] = new JsonArray([.. pool.SamlProviderArns.Select(a => (JsonNode)a)]);
        if (pool.Tags is { } tags)
        {
            result["IdentityPoolTags"] = tags.DeepClone();
        }

        return result;
    }

    private static JsonObject Create(EmulatorState state, IdentityStore store, AwsJsonRequest r)
    {
        var pool = new IdentityPool { Id = r.FixedId ?? state.Region + ":" + Guid.NewGuid().ToString("D"), Name = string.Empty };
        Configure(pool, r);
        lock (store.Gate)
        {
            if (pool.DeveloperProviderName is { } developer && store.Pools.Values.Any(p => p.DeveloperProviderName == developer))
            {
                throw IdentityErrors.ResourceConflict("Developer provider name " + developer + " is already in use.");
            }

            store.Pools[pool.Id] = pool;
            return Describe(pool);
        }
    }

    private static JsonObject Update(IdentityStore store, AwsJsonRequest r)
    {
        lock (store.Gate)
        {
            var pool = store.GetPool(r.RequiredString("IdentityPoolId"));
            Configure(pool, r);
            return Describe(pool);
        }
    }

    private static void Configure(IdentityPool pool, AwsJsonRequest r)
    {
        var name = r.RequiredString("IdentityPoolName");
        if (name.Length > 128 || !PoolNamePattern().IsMatch(name))
        {
            throw IdentityErrors.InvalidParameter($"1 validation error detected: Value '{name}' at 'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
        }

        var providers = new List<CognitoProvider>();
        if (r.Body["CognitoIdentityProviders"] is JsonArray list)
        {
            foreach (var item in list)
            {
                if (item is not JsonObject p
                    || AwsJsonRequest.ReadString(p, "ProviderName") is not { Length: > 0 } providerName
                    || AwsJsonRequest.ReadString(p, "ClientId") is not { Length: > 0 } clientId)
                {
                    throw IdentityErrors.InvalidParameter("Invalid CognitoIdentityProvider: ProviderName and ClientId are required.");
                }

                var check = p["ServerSideTokenCheck"] is JsonValue v && v.TryGetValue(out bool b) && b;
                providers.Add(new CognitoProvider(providerName, clientId, check));
            }
        }
        else if (r.Body["CognitoIdentityProviders"] is not null)
        {
            throw IdentityErrors.InvalidParameter("Invalid value for CognitoIdentityProviders: expected a list.");
        }

        pool.Name = name;
        pool.AllowUnauthenticatedIdentities = r.OptionalBool("AllowUnauthenticatedIdentities") ?? false;
        pool.AllowClassicFlow = r.OptionalBool("AllowClassicFlow");
        pool.CognitoIdentityProviders = providers;
        pool.SupportedLoginProviders = new Dictionary<string, string>(r.StringMap("SupportedLoginProviders"), StringComparer.Ordinal);
        pool.OpenIdConnectProviderArns = [.. r.StringList("OpenIdConnectProviderARNs")];
        pool.SamlProviderArns = [.. r.StringList("SamlProviderARNs")];
        pool.DeveloperProviderName = r.OptionalString("DeveloperProviderName");
        pool.Tags = r.OptionalObject("IdentityPoolTags")?.DeepClone().AsObject();
    }

    private static JsonObject List(IdentityStore store, AwsJsonRequest r)
    {
        var max = (int)Math.Clamp(r.OptionalLong("MaxResults") ?? 60, 1, 60);
        var start = int.TryParse(r.OptionalString("NextToken"), out var s) ? s : 0;
        lock (store.Gate)
        {
            var all = store.Pools.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
            var page = all.Skip(start).Take(max).ToList();
            var result = new JsonObject
            {
                ["IdentityPools"] = new JsonArray([.. page.Select(p => (JsonNode)new JsonObject { ["IdentityPoolId"] = p.Id, ["IdentityPoolName"] = p.Name })]),
            };
            if (start + page.Count < all.Count)
            {
                result["NextToken"] = (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return result;
        }
    }

    private static JsonObject? SetRoles(IdentityStore store, AwsJsonRequest r)
    {
        var roles = r.StringMap("Roles");
        foreach (var (type, arn) in roles)
        {
            if (!RoleTypes.Contains(type))
            {
                throw IdentityErrors.InvalidParameter($"1 validation error detected: Value '{type}' at 'roles' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: (un)?authenticated]");
            }

            if (!RoleArns.IsValid(arn))
            {
                throw IdentityErrors.InvalidParameter("Invalid RoleArn: " + arn);
            }
        }

        var roleMappings = r.OptionalObject("RoleMappings");
        RoleMappingRules.Validate(roleMappings);
        lock (store.Gate)
        {
            var pool = store.GetPool(r.RequiredString("IdentityPoolId"));
            pool.Roles.Clear();
            foreach (var (type, arn) in roles)
            {
                pool.Roles[type] = arn;
            }

            pool.RoleMappings = roleMappings?.DeepClone().AsObject();
        }

        return null;
    }

    private static JsonObject GetRoles(IdentityStore store, AwsJsonRequest r)
    {
        lock (store.Gate)
        {
            var pool = store.GetPool(r.RequiredString("IdentityPoolId"));
            var result = new JsonObject
            {
                ["IdentityPoolId"] = pool.Id,
                ["Roles"] = new JsonObject(pool.Roles.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            };
            if (pool.RoleMappings is { } mappings)
            {
                result["RoleMappings"] = mappings.DeepClone();
            }

            return result;
        }
    }

    [GeneratedRegex(@"^[\w\s+=,.@-]+$")]
    private static partial Regex PoolNamePattern();
}
