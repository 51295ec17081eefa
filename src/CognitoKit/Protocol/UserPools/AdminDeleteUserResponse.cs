namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminDeleteUser</c> answer; unknown members are ignored.</summary>
internal sealed record AdminDeleteUserResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminDeleteUserResponse { }";
}
