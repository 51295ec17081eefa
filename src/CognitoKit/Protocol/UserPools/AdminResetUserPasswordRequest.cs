using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminResetUserPassword</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminResetUserPasswordRequest
{
    public required string UserPoolId { get; init; }

    public required string Username { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminResetUserPasswordRequest {{ UserPoolId = {UserPoolId}, Username = {Redact.Secret(Username)}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
