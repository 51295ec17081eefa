using System.Text.Json.Serialization;

namespace CognitoKit.Testing;

/// <summary>One challenge already answered in a custom-auth session (an entry of <c>request.session</c>).</summary>
/// <param name="ChallengeName"><c>SRP_A</c>, <c>PASSWORD_VERIFIER</c> or <c>CUSTOM_CHALLENGE</c>.</param>
/// <param name="Succeeded">Whether the answer was right (<c>challengeResult</c>).</param>
/// <param name="ChallengeMetadata">The metadata the create trigger attached, if any.</param>
public sealed record ChallengeResult(
    string ChallengeName,
    [property: JsonPropertyName("challengeResult")] bool Succeeded,
    string? ChallengeMetadata = null);
