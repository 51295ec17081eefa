using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.Identity;

/// <summary>The <c>GetOpenIdToken</c> answer; unknown members are ignored.</summary>
internal sealed record GetOpenIdTokenResponse
{
    public string? IdentityId { get; init; }

    public string? Token { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetOpenIdTokenResponse {{ IdentityId = {IdentityId}, Token = {Redact.Secret(Token)} }}";
}
