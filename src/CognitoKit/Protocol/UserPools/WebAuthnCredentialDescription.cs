namespace CognitoKit.Protocol.UserPools;

/// <summary>One registered passkey of the signed-in user.</summary>
internal sealed record WebAuthnCredentialDescription
{
    public string? CredentialId { get; init; }

    public string? FriendlyCredentialName { get; init; }

    public string? RelyingPartyId { get; init; }

    public string? AuthenticatorAttachment { get; init; }

    public List<string>? AuthenticatorTransports { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Shows the members (a credential id is public: the browser sends it with every assertion).</summary>
    public override string ToString() => $"WebAuthnCredentialDescription {{ CredentialId = {CredentialId}, FriendlyCredentialName = {FriendlyCredentialName}, RelyingPartyId = {RelyingPartyId}, AuthenticatorAttachment = {AuthenticatorAttachment}, CreatedAt = {CreatedAt} }}";
}
