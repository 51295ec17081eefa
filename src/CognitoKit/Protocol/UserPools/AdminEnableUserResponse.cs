namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminEnableUser</c> answer; unknown members are ignored.</summary>
internal sealed record AdminEnableUserResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminEnableUserResponse { }";
}
