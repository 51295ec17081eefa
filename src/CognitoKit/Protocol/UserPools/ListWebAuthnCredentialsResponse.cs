using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListWebAuthnCredentials</c> answer; unknown members are ignored.</summary>
internal sealed record ListWebAuthnCredentialsResponse
{
    public List<WebAuthnCredentialDescription>? Credentials { get; init; }

    public string? NextToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListWebAuthnCredentialsResponse {{ Credentials = {Redact.List(Credentials)}, NextToken = {Redact.Secret(NextToken)} }}";
}
