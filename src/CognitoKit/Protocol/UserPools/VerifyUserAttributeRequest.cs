using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>VerifyUserAttribute</c> request; member and JSON names are the model's own.</summary>
internal sealed record VerifyUserAttributeRequest
{
    public required string AccessToken { get; init; }

    public required string AttributeName { get; init; }

    public required string Code { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"VerifyUserAttributeRequest {{ AccessToken = {Redact.Secret(AccessToken)}, AttributeName = {AttributeName}, Code = {Redact.Secret(Code)} }}";
}
