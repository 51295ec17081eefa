namespace CognitoKit.Testing.Passkeys;

/// <summary>A registered passkey: what the relying party keeps to check its assertions. Guarded by the pool's lock.</summary>
internal sealed class StoredPasskey
{
    /// <summary>The credential id, base64url without padding (as browsers and Cognito spell it).</summary>
    public required string CredentialId { get; init; }

    public required byte[] Id { get; init; }

    /// <summary>The COSE public key from the attested credential data.</summary>
    public required byte[] PublicKey { get; init; }

    public required byte[] UserHandle { get; init; }

    public required string RelyingPartyId { get; init; }

    public required string FriendlyName { get; init; }

    public string? AuthenticatorAttachment { get; init; }

    public IReadOnlyList<string> Transports { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The highest signature counter seen; an assertion must exceed it (unless the authenticator keeps none: 0).</summary>
    public uint SignCount { get; set; }

    public override string ToString() => CredentialId;
}
