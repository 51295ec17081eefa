namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ForgetDevice</c> answer; unknown members are ignored.</summary>
internal sealed record ForgetDeviceResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "ForgetDeviceResponse { }";
}
