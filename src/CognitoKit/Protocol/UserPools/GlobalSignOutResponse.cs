namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GlobalSignOut</c> answer; unknown members are ignored.</summary>
internal sealed record GlobalSignOutResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "GlobalSignOutResponse { }";
}
