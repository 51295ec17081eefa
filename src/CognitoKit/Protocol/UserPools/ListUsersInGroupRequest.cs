using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListUsersInGroup</c> request; member and JSON names are the model's own.</summary>
internal sealed record ListUsersInGroupRequest
{
    public required string UserPoolId { get; init; }

    public required string GroupName { get; init; }

    public int? Limit { get; init; }

    public string? NextToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListUsersInGroupRequest {{ UserPoolId = {UserPoolId}, GroupName = {GroupName}, Limit = {Limit}, NextToken = {Redact.Secret(NextToken)} }}";
}
