using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminInitiateAuth</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminInitiateAuthRequest
{
    public required string UserPoolId { get; init; }

    public required string ClientId { get; init; }

    public required string AuthFlow { get; init; }

    public Dictionary<string, string>? AuthParameters { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public ContextDataType? ContextData { get; init; }

    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminInitiateAuthRequest {{ UserPoolId = {UserPoolId}, ClientId = {ClientId}, AuthFlow = {AuthFlow}, AuthParameters = {Redact.Keys(AuthParameters)}, ClientMetadata = {Redact.Keys(ClientMetadata)}, AnalyticsMetadata = {AnalyticsMetadata}, ContextData = {ContextData}, Session = {Redact.Secret(Session)} }}";
}
