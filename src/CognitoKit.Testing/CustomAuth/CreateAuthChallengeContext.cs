namespace CognitoKit.Testing;

/// <summary>What the Create Auth Challenge trigger sees.</summary>
/// <param name="Username">The user's real user name.</param>
/// <param name="UserAttributes">The user's attributes.</param>
/// <param name="ChallengeName">The challenge to create (<c>CUSTOM_CHALLENGE</c>).</param>
/// <param name="Session">The challenges answered so far.</param>
/// <param name="ClientMetadata">The request's ClientMetadata.</param>
public sealed record CreateAuthChallengeContext(
    string Username,
    IReadOnlyDictionary<string, string> UserAttributes,
    string ChallengeName,
    IReadOnlyList<ChallengeResult> Session,
    IReadOnlyDictionary<string, string> ClientMetadata);
