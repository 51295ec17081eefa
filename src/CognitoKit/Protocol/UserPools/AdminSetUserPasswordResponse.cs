namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminSetUserPassword</c> answer; unknown members are ignored.</summary>
internal sealed record AdminSetUserPasswordResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminSetUserPasswordResponse { }";
}
