namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a pre token generation event.</summary>
public sealed class PreTokenGenerationRequest
{
    /// <summary>The user's attributes, with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public Dictionary<string, string> UserAttributes { get; set; } = [];

    /// <summary>The user's groups and roles as the tokens would carry them.</summary>
    public TriggerGroupConfiguration GroupConfiguration { get; set; } = new();

    /// <summary>The access token's scopes (V2 events only; null in V1).</summary>
    public List<string>? Scopes { get; set; }

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}
