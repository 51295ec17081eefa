using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// User pool groups: CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups, ListUsersInGroup, AdminAddUserToGroup,
/// AdminRemoveUserFromGroup and AdminListGroupsForUser. A group is kept as its wire shape (<c>GroupType</c>).
/// </summary>
internal static class GroupOperations
{
    private static readonly string[] Settable = ["Description", "RoleArn", "Precedence"];

    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["CreateGroup"] = r => InPool(state, r, pool => CreateGroup(state, pool, r));
        ops["GetGroup"] = r => InPool(state, r, pool => new JsonObject { ["Group"] = Find(pool, r.RequiredString("GroupName")).DeepClone() });
        ops["UpdateGroup"] = r => InPool(state, r, pool => UpdateGroup(state, pool, r));
        ops["DeleteGroup"] = r => InPool(state, r, pool =>
        {
            var name = r.RequiredString("GroupName");
            Find(pool, name);
            pool.Groups.Remove(name);
            foreach (var user in pool.Users.Values)
            {
                user.Groups.Remove(name);
            }

            return null;
        });
        ops["ListGroups"] = r => InPool(state, r, pool =>
        {
            var (page, next) = Paging.Page(pool.Groups.Keys.Order(StringComparer.Ordinal), r.OptionalLong("Limit"), r.OptionalString("NextToken"));
            return Listing("Groups", page.Select(name => pool.Groups[name].DeepClone()), "NextToken", next);
        });
        ops["ListUsersInGroup"] = r => InPool(state, r, pool =>
        {
            var name = r.RequiredString("GroupName");
            Find(pool, name);
            var members = pool.Users.Values.Where(u => u.Groups.Contains(name)).ToDictionary(u => u.Username, StringComparer.Ordinal);
            var (page, next) = Paging.Page(members.Keys.Order(StringComparer.Ordinal), r.OptionalLong("Limit"), r.OptionalString("NextToken"));
            return Listing("Users", page.Select(username => (JsonNode)UserListing.Describe(members[username], null)), "NextToken", next);
        });
        ops["AdminListGroupsForUser"] = r => InPool(state, r, pool =>
        {
            var user = UserAccounts.Find(pool, r.RequiredString("Username"));
            var (page, next) = Paging.Page(user.Groups.Where(pool.Groups.ContainsKey).Order(StringComparer.Ordinal), r.OptionalLong("Limit"), r.OptionalString("NextToken"));
            return Listing("Groups", page.Select(name => pool.Groups[name].DeepClone()), "NextToken", next);
        });
        ops["AdminAddUserToGroup"] = r => InPool(state, r, pool =>
        {
            var user = UserAccounts.Find(pool, r.RequiredString("Username"));
            var name = r.RequiredString("GroupName");
            Find(pool, name);
            user.Groups.Add(name);
            return null;
        });
        ops["AdminRemoveUserFromGroup"] = r => InPool(state, r, pool =>
        {
            var user = UserAccounts.Find(pool, r.RequiredString("Username"));
            var name = r.RequiredString("GroupName");
            Find(pool, name);
            user.Groups.Remove(name);
            return null;
        });
    }

    /// <summary>The group named <paramref name="name"/>, or Cognito's <c>ResourceNotFoundException</c>. Call under the pool lock.</summary>
    public static JsonObject Find(UserPool pool, string name) =>
        pool.Groups.GetValueOrDefault(name) ?? throw AwsServiceException.ResourceNotFound("Group not found.");

    private static ValueTask<JsonObject?> InPool(EmulatorState state, AwsJsonRequest r, Func<UserPool, JsonObject?> action)
    {
        var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
        lock (pool.Gate)
        {
            return new(action(pool));
        }
    }

    private static JsonObject CreateGroup(EmulatorState state, UserPool pool, AwsJsonRequest r)
    {
        var name = r.RequiredString("GroupName");
        CheckName(name);
        var group = new JsonObject
        {
            ["GroupName"] = name,
            ["UserPoolId"] = pool.Id,
            ["LastModifiedDate"] = Wire.Time(state.Now),
            ["CreationDate"] = Wire.Time(state.Now),
        };
        Apply(group, r);
        if (pool.Groups.ContainsKey(name))
        {
            throw new AwsServiceException("GroupExistsException", "A group with the name " + name + " already exists.");
        }

        pool.Groups[name] = group;
        return new JsonObject { ["Group"] = group.DeepClone() };
    }

    private static JsonObject UpdateGroup(EmulatorState state, UserPool pool, AwsJsonRequest r)
    {
        var group = Find(pool, r.RequiredString("GroupName"));
        Apply(group, r);
        group["LastModifiedDate"] = Wire.Time(state.Now);
        return new JsonObject { ["Group"] = group.DeepClone() };
    }

    /// <summary>Copies the members given (only those) after checking them against the model's constraints.</summary>
    private static void Apply(JsonObject group, AwsJsonRequest r)
    {
        if (r.OptionalLong("Precedence") is < 0 and var precedence)
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value '" + precedence + "' at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0");
        }

        if (r.OptionalString("Description") is { Length: > 2048 })
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 2048");
        }

        if (r.OptionalString("RoleArn") is { } role && !role.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value '" + role + "' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
        }

        foreach (var member in Settable)
        {
            if (r.Body[member] is { } value)
            {
                group[member] = value.DeepClone();
            }
        }
    }

    private static void CheckName(string name)
    {
        if (name.Length is < 1 or > 128 || name.Any(char.IsWhiteSpace) || name.Any(char.IsControl))
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }
    }

    private static JsonObject Listing(string itemsMember, IEnumerable<JsonNode> items, string tokenMember, string? next)
    {
        var result = new JsonObject { [itemsMember] = new JsonArray([.. items]) };
        if (next is not null)
        {
            result[tokenMember] = next;
        }

        return result;
    }
}
