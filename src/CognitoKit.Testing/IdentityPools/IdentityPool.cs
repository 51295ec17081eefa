using System.Text.Json.Nodes;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>One identity pool: its providers, whether guests are let in, and its roles. Guarded by <see cref="IdentityStore"/>'s lock.</summary>
internal sealed class IdentityPool
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public bool AllowUnauthenticatedIdentities { get; set; }

    public bool? AllowClassicFlow { get; set; }

    public List<CognitoProvider> CognitoIdentityProviders { get; set; } = [];

    public Dictionary<string, string> SupportedLoginProviders { get; set; } = new(StringComparer.Ordinal);

    public List<string> OpenIdConnectProviderArns { get; set; } = [];

    public List<string> SamlProviderArns { get; set; } = [];

    public string? DeveloperProviderName { get; set; }

    public JsonObject? Tags { get; set; }

    /// <summary><c>authenticated</c> and <c>unauthenticated</c> role ARNs.</summary>
    public Dictionary<string, string> Roles { get; } = new(StringComparer.Ordinal);

    public JsonObject? RoleMappings { get; set; }

    public override string ToString() => Id;
}
