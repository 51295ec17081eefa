namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminResetUserPassword</c> answer; unknown members are ignored.</summary>
internal sealed record AdminResetUserPasswordResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminResetUserPasswordResponse { }";
}
