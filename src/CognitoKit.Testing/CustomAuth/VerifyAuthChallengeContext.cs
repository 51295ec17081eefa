namespace CognitoKit.Testing;

/// <summary>What the Verify Auth Challenge Response trigger sees.</summary>
/// <param name="Username">The user's real user name.</param>
/// <param name="UserAttributes">The user's attributes.</param>
/// <param name="PrivateChallengeParameters">What the create trigger kept private.</param>
/// <param name="ChallengeAnswer">The ANSWER the client sent.</param>
/// <param name="ClientMetadata">The request's ClientMetadata.</param>
public sealed record VerifyAuthChallengeContext(
    string Username,
    IReadOnlyDictionary<string, string> UserAttributes,
    IReadOnlyDictionary<string, string> PrivateChallengeParameters,
    string ChallengeAnswer,
    IReadOnlyDictionary<string, string> ClientMetadata);
