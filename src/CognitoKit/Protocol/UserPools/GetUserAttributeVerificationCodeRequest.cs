using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetUserAttributeVerificationCode</c> request; member and JSON names are the model's own.</summary>
internal sealed record GetUserAttributeVerificationCodeRequest
{
    public required string AccessToken { get; init; }

    public required string AttributeName { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetUserAttributeVerificationCodeRequest {{ AccessToken = {Redact.Secret(AccessToken)}, AttributeName = {AttributeName}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
