namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminUpdateUserAttributes</c> answer; unknown members are ignored.</summary>
internal sealed record AdminUpdateUserAttributesResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "AdminUpdateUserAttributesResponse { }";
}
