namespace CognitoKit.Testing;

/// <summary>A created custom challenge.</summary>
/// <param name="PublicChallengeParameters">Sent to the client in ChallengeParameters.</param>
/// <param name="PrivateChallengeParameters">Kept for the verify trigger (e.g. the expected answer).</param>
/// <param name="ChallengeMetadata">Recorded in the session's <see cref="ChallengeResult"/>.</param>
public sealed record CreateAuthChallengeResult(
    IReadOnlyDictionary<string, string> PublicChallengeParameters,
    IReadOnlyDictionary<string, string> PrivateChallengeParameters,
    string? ChallengeMetadata = null);
