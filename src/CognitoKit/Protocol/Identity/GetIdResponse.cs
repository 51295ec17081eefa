using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.Identity;

/// <summary>The <c>GetId</c> answer; unknown members are ignored.</summary>
internal sealed record GetIdResponse
{
    public string? IdentityId { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetIdResponse {{ IdentityId = {IdentityId} }}";
}
