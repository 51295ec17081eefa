namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a create auth challenge event.</summary>
public sealed class CreateAuthChallengeRequest
{
    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>The challenge to create (<c>CUSTOM_CHALLENGE</c>).</summary>
    public string ChallengeName { get; set; } = "CUSTOM_CHALLENGE";

    /// <summary>The challenges answered so far, oldest first.</summary>
    public List<ChallengeResult> Session { get; set; } = [];

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }

    /// <summary>Whether the user does not exist (always false in the emulator).</summary>
    public bool UserNotFound { get; set; }
}
