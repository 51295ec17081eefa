using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetGroup</c> answer; unknown members are ignored.</summary>
internal sealed record GetGroupResponse
{
    public GroupType? Group { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetGroupResponse {{ Group = {Group} }}";
}
