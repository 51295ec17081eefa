using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary><c>ListUsers</c>: Cognito's one-attribute filter (<c>=</c> or <c>^=</c>), <c>AttributesToGet</c> and pagination.</summary>
internal static class UserListing
{
    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops) =>
        ops["ListUsers"] = r => new(ListUsers(state, r));

    /// <summary>A user as <c>UserType</c>; with <paramref name="attributesToGet"/>, only those attributes.</summary>
    public static JsonObject Describe(User user, IReadOnlyCollection<string>? attributesToGet)
    {
        var attributes = attributesToGet is null ? user.Attributes : user.Attributes.Where(a => attributesToGet.Contains(a.Key));
        return new JsonObject
        {
            ["Username"] = user.Username,
            ["Attributes"] = Wire.Attributes(attributes),
            ["UserCreateDate"] = Wire.Time(user.CreateDate),
            ["UserLastModifiedDate"] = Wire.Time(user.LastModifiedDate),
            ["Enabled"] = user.Enabled,
            ["UserStatus"] = user.Status,
        };
    }

    private static JsonObject ListUsers(EmulatorState state, AwsJsonRequest r)
    {
        var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
        var filter = UserFilterExpression.Parse(r.OptionalString("Filter"));
        IReadOnlyCollection<string>? attributesToGet = r.Body["AttributesToGet"] is null ? null : r.StringList("AttributesToGet").ToHashSet(StringComparer.Ordinal);
        lock (pool.Gate)
        {
            var matching = pool.Users.Values.Where(filter.Matches).ToDictionary(u => u.Username, StringComparer.Ordinal);
            var (page, next) = Paging.Page(matching.Keys.Order(StringComparer.Ordinal), r.OptionalLong("Limit"), r.OptionalString("PaginationToken"));
            var result = new JsonObject { ["Users"] = new JsonArray([.. page.Select(name => (JsonNode)Describe(matching[name], attributesToGet))]) };
            if (next is not null)
            {
                result["PaginationToken"] = next;
            }

            return result;
        }
    }
}
