using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminEnableUser</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminEnableUserRequest
{
    public required string UserPoolId { get; init; }

    public required string Username { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminEnableUserRequest {{ UserPoolId = {UserPoolId}, Username = {Redact.Secret(Username)} }}";
}
