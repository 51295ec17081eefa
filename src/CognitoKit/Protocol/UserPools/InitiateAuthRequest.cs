namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>InitiateAuth</c> request. Member names are the model's own.</summary>
internal sealed record InitiateAuthRequest
{
    public required string AuthFlow { get; init; }

    public required string ClientId { get; init; }

    public Dictionary<string, string>? AuthParameters { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public UserContextDataType? UserContextData { get; init; }

    public string? Session { get; init; }

    /// <summary>Hides every value: the parameters carry passwords, SRP values and secret hashes.</summary>
    public override string ToString() => $"InitiateAuthRequest {{ AuthFlow = {AuthFlow}, ClientId = {ClientId} }}";
}
