using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>VerifySoftwareToken</c> answer; unknown members are ignored.</summary>
internal sealed record VerifySoftwareTokenResponse
{
    public string? Status { get; init; }

    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"VerifySoftwareTokenResponse {{ Status = {Status}, Session = {Redact.Secret(Session)} }}";
}
