using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminRespondToAuthChallenge</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminRespondToAuthChallengeRequest
{
    public required string UserPoolId { get; init; }

    public required string ClientId { get; init; }

    public required string ChallengeName { get; init; }

    public Dictionary<string, string>? ChallengeResponses { get; init; }

    public string? Session { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public ContextDataType? ContextData { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminRespondToAuthChallengeRequest {{ UserPoolId = {UserPoolId}, ClientId = {ClientId}, ChallengeName = {ChallengeName}, ChallengeResponses = {Redact.Keys(ChallengeResponses)}, Session = {Redact.Secret(Session)}, AnalyticsMetadata = {AnalyticsMetadata}, ContextData = {ContextData}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
