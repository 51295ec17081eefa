namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DeleteGroup</c> answer; unknown members are ignored.</summary>
internal sealed record DeleteGroupResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "DeleteGroupResponse { }";
}
