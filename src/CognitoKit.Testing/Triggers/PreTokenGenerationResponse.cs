namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of a pre token generation event: V1 answers in <see cref="ClaimsOverrideDetails"/>, V2 in <see cref="ClaimsAndScopeOverrideDetails"/>.</summary>
public sealed class PreTokenGenerationResponse
{
    /// <summary>The V1 answer: changes to the ID token and its groups.</summary>
    public ClaimsOverrideDetails? ClaimsOverrideDetails { get; set; }

    /// <summary>The V2 answer: changes to the ID token, the access token (claims and scopes) and the groups.</summary>
    public ClaimsAndScopeOverrideDetails? ClaimsAndScopeOverrideDetails { get; set; }
}
