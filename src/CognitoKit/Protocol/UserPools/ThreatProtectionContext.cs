namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// What CognitoKit adds to the operations whose input has <c>UserContextData</c> and <c>AnalyticsMetadata</c>: the
/// app's <see cref="ICognitoContextDataProvider"/> answer and the configured analytics endpoint. Empty by default.
/// </summary>
internal sealed class ThreatProtectionContext
{
    public static readonly ThreatProtectionContext None = new(null, null);

    private readonly ICognitoContextDataProvider? _provider;
    private readonly AnalyticsMetadataType? _analytics;

    public ThreatProtectionContext(ICognitoContextDataProvider? provider, string? analyticsEndpointId)
    {
        _provider = provider;
        _analytics = string.IsNullOrEmpty(analyticsEndpointId) ? null : new AnalyticsMetadataType { AnalyticsEndpointId = analyticsEndpointId };
    }

    public AnalyticsMetadataType? Analytics => _analytics;

    /// <summary>The <c>UserContextData</c> for this call, or null when there is no provider or it returned nothing.</summary>
    public async ValueTask<UserContextDataType?> UserContextAsync(CancellationToken cancellationToken)
    {
        if (_provider is null)
        {
            return null;
        }

        CognitoContextData? data = await _provider.GetContextDataAsync(cancellationToken).ConfigureAwait(false);
        string? ip = string.IsNullOrEmpty(data?.IpAddress) ? null : data.IpAddress;
        string? encoded = string.IsNullOrEmpty(data?.EncodedData) ? null : data.EncodedData;
        return ip is null && encoded is null ? null : new UserContextDataType { IpAddress = ip, EncodedData = encoded };
    }

    public override string ToString() => $"ThreatProtectionContext {{ Provider = {_provider is not null}, Analytics = {_analytics is not null} }}";
}
