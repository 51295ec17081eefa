using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>Amazon Pinpoint analytics metadata.</summary>
internal sealed record AnalyticsMetadataType
{
    public string? AnalyticsEndpointId { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AnalyticsMetadataType {{ AnalyticsEndpointId = {AnalyticsEndpointId} }}";
}
