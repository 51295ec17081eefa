namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a post authentication event.</summary>
public sealed class PostAuthenticationRequest
{
    /// <summary>Whether the sign-in used a device the user had not used before (a new device was remembered).</summary>
    public bool NewDeviceUsed { get; set; }

    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>The sign-in's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}
