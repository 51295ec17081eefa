using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminListGroupsForUser</c> answer; unknown members are ignored.</summary>
internal sealed record AdminListGroupsForUserResponse
{
    public List<GroupType>? Groups { get; init; }

    public string? NextToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminListGroupsForUserResponse {{ Groups = {Redact.List(Groups)}, NextToken = {Redact.Secret(NextToken)} }}";
}
