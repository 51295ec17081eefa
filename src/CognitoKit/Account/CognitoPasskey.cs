using CognitoKit.Protocol.UserPools;

namespace CognitoKit;

/// <summary>A passkey registered for the signed-in user (one entry of <c>ListWebAuthnCredentials</c>).</summary>
/// <param name="CredentialId">The credential id (base64url), as the browser knows it; pass it to <see cref="CognitoAccountPasskeys.DeleteAsync"/>.</param>
/// <param name="FriendlyName">The name Cognito gave the passkey, to show the user.</param>
/// <param name="RelyingPartyId">The relying party (domain) the passkey is bound to.</param>
/// <param name="AuthenticatorAttachment"><c>platform</c> (built into the device) or <c>cross-platform</c> (a security key, a phone); null when the browser did not say.</param>
/// <param name="Transports">How the browser reaches the authenticator: <c>internal</c>, <c>hybrid</c>, <c>usb</c>, <c>nfc</c>, <c>ble</c>.</param>
/// <param name="CreatedAt">When the passkey was registered.</param>
public sealed record CognitoPasskey(
    string CredentialId,
    string FriendlyName,
    string RelyingPartyId,
    string? AuthenticatorAttachment,
    IReadOnlyList<string> Transports,
    DateTimeOffset? CreatedAt)
{
    internal static CognitoPasskey From(WebAuthnCredentialDescription credential) => new(
        credential.CredentialId ?? string.Empty,
        credential.FriendlyCredentialName ?? string.Empty,
        credential.RelyingPartyId ?? string.Empty,
        credential.AuthenticatorAttachment,
        credential.AuthenticatorTransports ?? [],
        credential.CreatedAt);

    /// <summary>Describes the passkey.</summary>
    /// <returns>Its id, name and relying party.</returns>
    public override string ToString() => $"CognitoPasskey {{ CredentialId = {CredentialId}, FriendlyName = {FriendlyName}, RelyingPartyId = {RelyingPartyId} }}";
}
