namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ConfirmForgotPassword</c> answer; unknown members are ignored.</summary>
internal sealed record ConfirmForgotPasswordResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "ConfirmForgotPasswordResponse { }";
}
