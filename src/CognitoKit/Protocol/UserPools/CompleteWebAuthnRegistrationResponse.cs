namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>CompleteWebAuthnRegistration</c> answer; unknown members are ignored.</summary>
internal sealed record CompleteWebAuthnRegistrationResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "CompleteWebAuthnRegistrationResponse { }";
}
