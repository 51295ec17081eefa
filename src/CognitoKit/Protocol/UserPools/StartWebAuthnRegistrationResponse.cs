using System.Text.Json;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>StartWebAuthnRegistration</c> answer; unknown members are ignored.</summary>
internal sealed record StartWebAuthnRegistrationResponse
{
    /// <summary>A document: the <c>PublicKeyCredentialCreationOptionsJSON</c> object, inline (not a string).</summary>
    public JsonElement? CredentialCreationOptions { get; init; }

    /// <summary>Shows the type name only: the options carry a one-time challenge.</summary>
    public override string ToString() => "StartWebAuthnRegistrationResponse { CredentialCreationOptions = *** }";
}
