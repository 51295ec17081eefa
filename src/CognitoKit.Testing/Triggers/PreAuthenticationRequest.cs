namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a pre authentication event.</summary>
public sealed class PreAuthenticationRequest
{
    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>The sign-in's <c>ClientMetadata</c> (Cognito passes it as validation data here).</summary>
    public Dictionary<string, string>? ValidationData { get; set; }

    /// <summary>Whether the user does not exist (always false: the emulator calls the trigger for existing users only).</summary>
    public bool UserNotFound { get; set; }
}
