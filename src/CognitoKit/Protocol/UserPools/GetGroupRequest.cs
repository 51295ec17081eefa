using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetGroup</c> request; member and JSON names are the model's own.</summary>
internal sealed record GetGroupRequest
{
    public required string GroupName { get; init; }

    public required string UserPoolId { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetGroupRequest {{ GroupName = {GroupName}, UserPoolId = {UserPoolId} }}";
}
