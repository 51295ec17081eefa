namespace CognitoKit.Protocol.UserPools;

/// <summary>Context data for threat protection.</summary>
internal sealed record UserContextDataType
{
    public string? IpAddress { get; init; }

    public string? EncodedData { get; init; }
}
