namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminConfirmSignUp</c> answer; unknown members are ignored.</summary>
internal sealed record AdminConfirmSignUpResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminConfirmSignUpResponse { }";
}
