using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ChangePassword</c> request; member and JSON names are the model's own.</summary>
internal sealed record ChangePasswordRequest
{
    public string? PreviousPassword { get; init; }

    public required string ProposedPassword { get; init; }

    public required string AccessToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ChangePasswordRequest {{ PreviousPassword = {Redact.Secret(PreviousPassword)}, ProposedPassword = {Redact.Secret(ProposedPassword)}, AccessToken = {Redact.Secret(AccessToken)} }}";
}
