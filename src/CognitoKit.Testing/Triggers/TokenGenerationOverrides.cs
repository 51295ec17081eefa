using System.Text.Json.Nodes;

namespace CognitoKit.Testing;

/// <summary>Changes to one token in a V2 pre token generation answer (<c>idTokenGeneration</c> or <c>accessTokenGeneration</c>).</summary>
public sealed class TokenGenerationOverrides
{
    /// <summary>Claims to add or replace; values may be strings, numbers, booleans, arrays or objects.</summary>
    public Dictionary<string, JsonNode?>? ClaimsToAddOrOverride { get; set; }

    /// <summary>Claims to remove.</summary>
    public List<string>? ClaimsToSuppress { get; set; }

    /// <summary>Scopes to add to the access token's <c>scope</c>.</summary>
    public List<string>? ScopesToAdd { get; set; }

    /// <summary>Scopes to remove from the access token's <c>scope</c>.</summary>
    public List<string>? ScopesToSuppress { get; set; }
}
