namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminAddUserToGroup</c> answer; unknown members are ignored.</summary>
internal sealed record AdminAddUserToGroupResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminAddUserToGroupResponse { }";
}
