using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.OAuth;

/// <summary>An app client's OAuth settings, as given to CreateUserPoolClient (kept in its echoed members).</summary>
internal sealed record OAuthClientSettings(
    IReadOnlyList<string> CallbackUrls,
    IReadOnlyList<string> LogoutUrls,
    string? DefaultRedirectUri,
    IReadOnlyList<string> AllowedFlows,
    IReadOnlyList<string> AllowedScopes,
    bool OAuthEnabled,
    IReadOnlyList<string> IdentityProviders)
{
    public static OAuthClientSettings Of(UserPoolClient client)
    {
        JsonObject echo = client.Echo;
        return new(
            Strings(echo, "CallbackURLs"),
            Strings(echo, "LogoutURLs"),
            echo["DefaultRedirectURI"] is JsonValue d && d.TryGetValue(out string? uri) ? uri : null,
            Strings(echo, "AllowedOAuthFlows"),
            Strings(echo, "AllowedOAuthScopes"),
            echo["AllowedOAuthFlowsUserPoolClient"] is JsonValue v && v.GetValueKind() == JsonValueKind.True,
            Strings(echo, "SupportedIdentityProviders"));
    }

    public bool AllowsFlow(string flow) => OAuthEnabled && AllowedFlows.Contains(flow, StringComparer.Ordinal);

    /// <summary>A social provider the client lists (by its Cognito name, such as <c>Google</c>), matched without regard to case.</summary>
    public string? SocialProvider(string name) =>
        IdentityProviders.FirstOrDefault(p => !p.Equals("COGNITO", StringComparison.Ordinal) && p.Equals(name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> SocialProviders => IdentityProviders.Where(p => !p.Equals("COGNITO", StringComparison.Ordinal));

    /// <summary>Cognito's page is offered when COGNITO is listed, or when the client lists no provider at all.</summary>
    public bool OffersPasswordSignIn => IdentityProviders.Count == 0 || IdentityProviders.Contains("COGNITO", StringComparer.Ordinal);

    private static List<string> Strings(JsonObject echo, string member) =>
        echo[member] is JsonArray array
            ? [.. array.OfType<JsonValue>().Select(v => v.TryGetValue(out string? s) ? s : null).OfType<string>()]
            : [];
}
