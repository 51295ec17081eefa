using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DeleteWebAuthnCredential</c> request; member and JSON names are the model's own.</summary>
internal sealed record DeleteWebAuthnCredentialRequest
{
    public required string AccessToken { get; init; }

    public required string CredentialId { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"DeleteWebAuthnCredentialRequest {{ AccessToken = {Redact.Secret(AccessToken)}, CredentialId = {CredentialId} }}";
}
