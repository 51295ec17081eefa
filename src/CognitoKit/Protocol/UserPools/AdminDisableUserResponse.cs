namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminDisableUser</c> answer; unknown members are ignored.</summary>
internal sealed record AdminDisableUserResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminDisableUserResponse { }";
}
