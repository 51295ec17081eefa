using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>RespondToAuthChallenge</c> request; member and JSON names are the model's own.</summary>
internal sealed record RespondToAuthChallengeRequest
{
    public required string ClientId { get; init; }

    public required string ChallengeName { get; init; }

    public string? Session { get; init; }

    public Dictionary<string, string>? ChallengeResponses { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public UserContextDataType? UserContextData { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"RespondToAuthChallengeRequest {{ ClientId = {ClientId}, ChallengeName = {ChallengeName}, Session = {Redact.Secret(Session)}, ChallengeResponses = {Redact.Keys(ChallengeResponses)}, AnalyticsMetadata = {AnalyticsMetadata}, UserContextData = {Redact.Secret(UserContextData)}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
