namespace CognitoKit.Testing;

/// <summary>A V2 pre token generation answer (<c>claimsAndScopeOverrideDetails</c>).</summary>
public sealed class ClaimsAndScopeOverrideDetails
{
    /// <summary>Changes to the ID token (scopes do not apply to it).</summary>
    public TokenGenerationOverrides? IdTokenGeneration { get; set; }

    /// <summary>Changes to the access token, including its <c>scope</c>.</summary>
    public TokenGenerationOverrides? AccessTokenGeneration { get; set; }

    /// <summary>Replaces the groups and roles in both tokens.</summary>
    public TriggerGroupConfiguration? GroupOverrideDetails { get; set; }
}
