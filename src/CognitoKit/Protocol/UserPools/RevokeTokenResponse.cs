namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>RevokeToken</c> answer; unknown members are ignored.</summary>
internal sealed record RevokeTokenResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "RevokeTokenResponse { }";
}
