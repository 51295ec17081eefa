using System.Text.Json.Nodes;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Tokens;

/// <summary>
/// What a user's groups put in tokens: <c>cognito:groups</c> in precedence order (lowest value first, groups without a
/// precedence last, ties by name), every group role in <c>cognito:roles</c>, and in <c>cognito:preferred_role</c> the
/// role of the group with the lowest precedence among those with a role; when that precedence is shared by groups with
/// different roles, Cognito sets no preferred role.
/// </summary>
internal sealed record GroupClaims(string[] Groups, string[] Roles, string? PreferredRole)
{
    public static readonly GroupClaims None = new([], [], null);

    /// <summary>Reads the user's groups. Call under the pool lock.</summary>
    public static GroupClaims Of(UserPool pool, User user)
    {
        var groups = user.Groups
            .Select(name => pool.Groups.GetValueOrDefault(name))
            .OfType<JsonObject>()
            .Select(g => (Name: (string)g["GroupName"]!, Precedence: Precedence(g), Role: (string?)g["RoleArn"]))
            .OrderBy(g => g.Precedence)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        if (groups.Count == 0)
        {
            return None;
        }

        var withRoles = groups.Where(g => g.Role is not null).ToList();
        var roles = withRoles.Select(g => g.Role!).Distinct(StringComparer.Ordinal).ToArray();
        string? preferred = null;
        if (withRoles.Count > 0)
        {
            var best = withRoles[0].Precedence;
            var tied = withRoles.Where(g => g.Precedence == best).Select(g => g.Role!).Distinct(StringComparer.Ordinal).ToList();
            preferred = tied.Count == 1 ? tied[0] : null;
        }

        return new GroupClaims([.. groups.Select(g => g.Name)], roles, preferred);
    }

    private static long Precedence(JsonObject group) =>
        group["Precedence"] is JsonValue value && value.TryGetValue(out long precedence) ? precedence : long.MaxValue;
}
