namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>VerifyUserAttribute</c> answer; unknown members are ignored.</summary>
internal sealed record VerifyUserAttributeResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "VerifyUserAttributeResponse { }";
}
