using CognitoKit.Protocol.UserPools;

namespace CognitoKit;

/// <summary>A user pool group (<c>GroupType</c>).</summary>
/// <param name="GroupName">The group's name, unique in the pool; tokens list it in <c>cognito:groups</c>.</param>
/// <param name="Description">The description; null when none was set.</param>
/// <param name="Precedence">
/// The precedence: lower values come first in <c>cognito:groups</c>, and the role of the group with the lowest value
/// among a user's groups with a role becomes <c>cognito:preferred_role</c>; null when none was set (such groups come last).
/// </param>
/// <param name="RoleArn">The IAM role of the group's members in identity pools (<c>cognito:roles</c>); null for none.</param>
/// <param name="CreatedAt">When the group was created, when Cognito says.</param>
/// <param name="LastModifiedAt">When the group last changed, when Cognito says.</param>
public sealed record CognitoGroup(
    string GroupName,
    string? Description = null,
    int? Precedence = null,
    string? RoleArn = null,
    DateTimeOffset? CreatedAt = null,
    DateTimeOffset? LastModifiedAt = null)
{
    internal static CognitoGroup From(GroupType? group) =>
        group is null
            ? throw new CognitoProtocolException("Cognito's answer has no Group.", null, System.Net.HttpStatusCode.OK)
            : new(group.GroupName ?? string.Empty, group.Description, group.Precedence, group.RoleArn, group.CreationDate, group.LastModifiedDate);
}
