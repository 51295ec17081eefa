namespace CognitoKit.Testing;

/// <summary>What the Define Auth Challenge trigger sees.</summary>
/// <param name="Username">The user's real user name.</param>
/// <param name="UserAttributes">The user's attributes.</param>
/// <param name="Session">The challenges answered so far, oldest first.</param>
/// <param name="ClientMetadata">The request's ClientMetadata.</param>
public sealed record DefineAuthChallengeContext(
    string Username,
    IReadOnlyDictionary<string, string> UserAttributes,
    IReadOnlyList<ChallengeResult> Session,
    IReadOnlyDictionary<string, string> ClientMetadata);
