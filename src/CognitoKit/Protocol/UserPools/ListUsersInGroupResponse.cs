using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListUsersInGroup</c> answer; unknown members are ignored.</summary>
internal sealed record ListUsersInGroupResponse
{
    public List<UserType>? Users { get; init; }

    public string? NextToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListUsersInGroupResponse {{ Users = {Redact.List(Users)}, NextToken = {Redact.Secret(NextToken)} }}";
}
