using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>UpdateGroup</c> answer; unknown members are ignored.</summary>
internal sealed record UpdateGroupResponse
{
    public GroupType? Group { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UpdateGroupResponse {{ Group = {Group} }}";
}
