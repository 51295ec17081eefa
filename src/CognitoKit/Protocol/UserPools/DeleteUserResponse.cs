namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DeleteUser</c> answer; unknown members are ignored.</summary>
internal sealed record DeleteUserResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "DeleteUserResponse { }";
}
