namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a define auth challenge event.</summary>
public sealed class DefineAuthChallengeRequest
{
    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>The challenges answered so far, oldest first.</summary>
    public List<ChallengeResult> Session { get; set; } = [];

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }

    /// <summary>Whether the user does not exist (always false in the emulator).</summary>
    public bool UserNotFound { get; set; }
}
