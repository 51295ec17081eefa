namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>SetUserMFAPreference</c> answer; unknown members are ignored.</summary>
internal sealed record SetUserMFAPreferenceResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "SetUserMFAPreferenceResponse { }";
}
