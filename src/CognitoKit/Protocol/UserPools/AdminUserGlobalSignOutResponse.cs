namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminUserGlobalSignOut</c> answer; unknown members are ignored.</summary>
internal sealed record AdminUserGlobalSignOutResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminUserGlobalSignOutResponse { }";
}
