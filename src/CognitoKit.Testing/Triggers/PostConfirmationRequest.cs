namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a post confirmation event.</summary>
public sealed class PostConfirmationRequest
{
    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}
