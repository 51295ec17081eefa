using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.Identity;

/// <summary>The <c>GetCredentialsForIdentity</c> request; member and JSON names are the model's own.</summary>
internal sealed record GetCredentialsForIdentityRequest
{
    public required string IdentityId { get; init; }

    public Dictionary<string, string>? Logins { get; init; }

    public string? CustomRoleArn { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetCredentialsForIdentityRequest {{ IdentityId = {IdentityId}, Logins = {Redact.Keys(Logins)}, CustomRoleArn = {CustomRoleArn} }}";
}
