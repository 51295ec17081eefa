using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>CreateGroup</c> answer; unknown members are ignored.</summary>
internal sealed record CreateGroupResponse
{
    public GroupType? Group { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"CreateGroupResponse {{ Group = {Group} }}";
}
