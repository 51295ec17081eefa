namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a pre sign-up event.</summary>
public sealed class PreSignUpRequest
{
    /// <summary>The attributes the user signs up with.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>The request's <c>ValidationData</c>.</summary>
    public Dictionary<string, string>? ValidationData { get; set; }

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}
