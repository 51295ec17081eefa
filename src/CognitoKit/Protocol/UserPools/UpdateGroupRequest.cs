using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>UpdateGroup</c> request; member and JSON names are the model's own.</summary>
internal sealed record UpdateGroupRequest
{
    public required string GroupName { get; init; }

    public required string UserPoolId { get; init; }

    public string? Description { get; init; }

    public string? RoleArn { get; init; }

    public int? Precedence { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UpdateGroupRequest {{ GroupName = {GroupName}, UserPoolId = {UserPoolId}, Description = {Description}, RoleArn = {RoleArn}, Precedence = {Precedence} }}";
}
