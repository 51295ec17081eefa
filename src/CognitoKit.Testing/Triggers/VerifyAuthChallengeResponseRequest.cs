namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a verify auth challenge response event.</summary>
public sealed class VerifyAuthChallengeResponseRequest
{
    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>What the create trigger kept private.</summary>
    public Dictionary<string, string> PrivateChallengeParameters { get; set; } = [];

    /// <summary>The <c>ANSWER</c> the client sent.</summary>
    public string ChallengeAnswer { get; set; } = string.Empty;

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }

    /// <summary>Whether the user does not exist (always false in the emulator).</summary>
    public bool UserNotFound { get; set; }
}
