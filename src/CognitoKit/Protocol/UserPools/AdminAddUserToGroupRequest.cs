using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminAddUserToGroup</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminAddUserToGroupRequest
{
    public required string UserPoolId { get; init; }

    public required string Username { get; init; }

    public required string GroupName { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminAddUserToGroupRequest {{ UserPoolId = {UserPoolId}, Username = {Redact.Secret(Username)}, GroupName = {GroupName} }}";
}
