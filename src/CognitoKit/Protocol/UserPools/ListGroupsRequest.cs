using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListGroups</c> request; member and JSON names are the model's own.</summary>
internal sealed record ListGroupsRequest
{
    public required string UserPoolId { get; init; }

    public int? Limit { get; init; }

    public string? NextToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListGroupsRequest {{ UserPoolId = {UserPoolId}, Limit = {Limit}, NextToken = {Redact.Secret(NextToken)} }}";
}
