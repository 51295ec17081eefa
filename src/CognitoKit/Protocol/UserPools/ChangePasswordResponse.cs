namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ChangePassword</c> answer; unknown members are ignored.</summary>
internal sealed record ChangePasswordResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "ChangePasswordResponse { }";
}
