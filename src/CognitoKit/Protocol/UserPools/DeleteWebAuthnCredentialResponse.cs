namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DeleteWebAuthnCredential</c> answer; unknown members are ignored.</summary>
internal sealed record DeleteWebAuthnCredentialResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "DeleteWebAuthnCredentialResponse { }";
}
