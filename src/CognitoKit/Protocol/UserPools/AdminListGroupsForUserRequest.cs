using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminListGroupsForUser</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminListGroupsForUserRequest
{
    public required string Username { get; init; }

    public required string UserPoolId { get; init; }

    public int? Limit { get; init; }

    public string? NextToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminListGroupsForUserRequest {{ Username = {Redact.Secret(Username)}, UserPoolId = {UserPoolId}, Limit = {Limit}, NextToken = {Redact.Secret(NextToken)} }}";
}
