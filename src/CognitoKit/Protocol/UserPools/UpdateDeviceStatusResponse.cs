namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>UpdateDeviceStatus</c> answer; unknown members are ignored.</summary>
internal sealed record UpdateDeviceStatusResponse
{
    /// <summary>Shows the type name only: it has no members.</summary>
    public override string ToString() => "UpdateDeviceStatusResponse { }";
}
