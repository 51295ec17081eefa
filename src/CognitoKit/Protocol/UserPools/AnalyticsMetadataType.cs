namespace CognitoKit.Protocol.UserPools;

/// <summary>Amazon Pinpoint analytics metadata.</summary>
internal sealed record AnalyticsMetadataType
{
    public string? AnalyticsEndpointId { get; init; }
}
