using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.Identity;

/// <summary>The <c>GetCredentialsForIdentity</c> answer; unknown members are ignored.</summary>
internal sealed record GetCredentialsForIdentityResponse
{
    public string? IdentityId { get; init; }

    public Credentials? Credentials { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetCredentialsForIdentityResponse {{ IdentityId = {IdentityId}, Credentials = {Credentials} }}";
}
