using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>InitiateAuth</c> request; member and JSON names are the model's own.</summary>
internal sealed record InitiateAuthRequest
{
    public required string AuthFlow { get; init; }

    public Dictionary<string, string>? AuthParameters { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    public required string ClientId { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public UserContextDataType? UserContextData { get; init; }

    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"InitiateAuthRequest {{ AuthFlow = {AuthFlow}, AuthParameters = {Redact.Keys(AuthParameters)}, ClientMetadata = {Redact.Keys(ClientMetadata)}, ClientId = {ClientId}, AnalyticsMetadata = {AnalyticsMetadata}, UserContextData = {Redact.Secret(UserContextData)}, Session = {Redact.Secret(Session)} }}";
}
