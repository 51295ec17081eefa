namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a custom message event.</summary>
public sealed class CustomMessageRequest
{
    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>Where the code goes in the message: <c>{####}</c>.</summary>
    public string CodeParameter { get; set; } = "{####}";

    /// <summary>Where a verification link would go: <c>{##Click Here##}</c>.</summary>
    public string LinkParameter { get; set; } = "{##Click Here##}";

    /// <summary>Where the user name goes (AdminCreateUser messages): <c>{username}</c>.</summary>
    public string? UsernameParameter { get; set; }

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}
