using System.Text.Json.Nodes;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Seeding;

/// <summary>App clients: fixed ids and secrets, flows, the hosted domain's OAuth settings, token lifetimes.</summary>
internal static partial class SeedParser
{
    private static SeedClient Client(SeedNode client, string poolId, List<SeedResourceServer> resourceServers)
    {
        client.AllowOnly("id", "name", "secret", "explicitAuthFlows", "oauth", "tokenValidity");
        var id = client.RequiredString("id");
        if (id.Length > 128 || !ClientIdPattern().IsMatch(id))
        {
            throw SeedNode.Fail(client.PathOf("id"), @"an app client id is 1 to 128 letters, digits, '_' or '+' (Cognito's pattern [\w+]+).");
        }

        var request = new JsonObject { ["UserPoolId"] = poolId, ["ClientName"] = client.RequiredString("name") };
        if (client.OptionalString("secret") is { } secret)
        {
            if (secret.Length is < 24 or > 64 || !ClientIdPattern().IsMatch(secret))
            {
                throw SeedNode.Fail(client.PathOf("secret"), "a client secret is 24 to 64 letters, digits, '_' or '+'.");
            }

            request["ClientSecret"] = secret;
        }

        if (client.Has("explicitAuthFlows"))
        {
            CopyStrings(client, "explicitAuthFlows", request, "ExplicitAuthFlows");
        }

        if (client.OptionalObject("oauth") is { } oauth)
        {
            oauth.AllowOnly("flows", "scopes", "callbackUrls", "logoutUrls", "identityProviders");
            var scopes = oauth.Strings("scopes");
            for (var i = 0; i < scopes.Count; i++)
            {
                if (!StandardScopes.Contains(scopes[i], StringComparer.Ordinal) && !IsDeclaredScope(scopes[i], resourceServers))
                {
                    throw SeedNode.Fail(SeedNode.Index(oauth.PathOf("scopes"), i), "scope " + scopes[i] + " is neither a standard scope (" + string.Join(", ", StandardScopes) + ") nor identifier/name of a resource server of this pool.");
                }
            }

            request["AllowedOAuthFlows"] = Wire.Strings(oauth.Has("flows") ? oauth.Strings("flows") : ["code"]);
            request["AllowedOAuthScopes"] = Wire.Strings(scopes);
            request["CallbackURLs"] = Wire.Strings(oauth.Strings("callbackUrls"));
            request["LogoutURLs"] = Wire.Strings(oauth.Strings("logoutUrls"));
            request["SupportedIdentityProviders"] = Wire.Strings(oauth.Has("identityProviders") ? oauth.Strings("identityProviders") : ["COGNITO"]);
            request["AllowedOAuthFlowsUserPoolClient"] = true;
        }

        if (client.OptionalObject("tokenValidity") is { } validity)
        {
            validity.AllowOnly("accessTokenMinutes", "idTokenMinutes", "refreshTokenMinutes");
            var units = new JsonObject();
            Validity(validity, "accessTokenMinutes", 5, 1440, request, "AccessTokenValidity", units, "AccessToken");
            Validity(validity, "idTokenMinutes", 5, 1440, request, "IdTokenValidity", units, "IdToken");
            Validity(validity, "refreshTokenMinutes", 60, 5_256_000, request, "RefreshTokenValidity", units, "RefreshToken");
            request["TokenValidityUnits"] = units;
        }

        return new SeedClient(client.Path, id, request);
    }

    private static void Validity(SeedNode node, string member, int min, int max, JsonObject request, string wireMember, JsonObject units, string unitMember)
    {
        if (node.OptionalInt(member, min, max) is { } minutes)
        {
            request[wireMember] = minutes;
            units[unitMember] = "minutes";
        }
    }

    private static bool IsDeclaredScope(string scope, List<SeedResourceServer> servers)
    {
        var slash = scope.LastIndexOf('/');
        return slash > 0 && servers.Exists(s => s.Identifier == scope[..slash] && s.Scopes.Contains(scope[(slash + 1)..], StringComparer.Ordinal));
    }
}
