namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminRemoveUserFromGroup</c> answer; unknown members are ignored.</summary>
internal sealed record AdminRemoveUserFromGroupResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminRemoveUserFromGroupResponse { }";
}
