using System.Text.Json.Nodes;

namespace CognitoKit.Testing;

/// <summary>A V1 pre token generation answer (<c>claimsOverrideDetails</c>): ID token claims and groups.</summary>
public sealed class ClaimsOverrideDetails
{
    /// <summary>Claims to add to the ID token or replace in it (V1 values are strings; other values are written as their JSON text).</summary>
    public Dictionary<string, JsonNode?>? ClaimsToAddOrOverride { get; set; }

    /// <summary>Claims to remove from the ID token.</summary>
    public List<string>? ClaimsToSuppress { get; set; }

    /// <summary>Replaces the groups and roles in the tokens.</summary>
    public TriggerGroupConfiguration? GroupOverrideDetails { get; set; }
}
