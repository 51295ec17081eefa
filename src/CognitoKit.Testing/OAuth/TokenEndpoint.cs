using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// <c>POST /oauth2/token</c>: authorization_code (single-use code, redirect URI and PKCE S256 checked), refresh_token
/// and client_credentials (resource-server scopes). Confidential clients authenticate with client_secret_basic or
/// client_secret_post. Errors are OAuth JSON such as <c>{"error":"invalid_grant"}</c>.
/// </summary>
internal sealed class TokenEndpoint
{
    /// <summary>The name the request log counts token requests under.</summary>
    public const string OperationName = "oauth2/token";

    private static readonly string[] DefaultRefreshScopes = ["openid", "aws.cognito.signin.user.admin"];
    private readonly OAuthDomain domain;

    public TokenEndpoint(OAuthDomain domain) => this.domain = domain;

    public Task PostAsync(HttpContext context, IReadOnlyDictionary<string, string> form)
    {
        var grantType = form.GetValueOrDefault("grant_type");
        domain.State.Requests.Record(OperationName, "POST /oauth2/token", "grant_type=" + grantType);
        var (pool, client) = ClientAuthentication.Authenticate(domain.State, context, form);
        var settings = OAuthClientSettings.Of(client);
        var response = grantType switch
        {
            "authorization_code" => AuthorizationCode(pool, client, form),
            "refresh_token" => Refresh(pool, client, form),
            "client_credentials" => ClientCredentials(pool, client, settings, form),
            null => throw new OAuthError("invalid_request", "grant_type is missing."),
            _ => throw new OAuthError("unsupported_grant_type"),
        };
        return OAuthHttp.WriteJsonAsync(context, response);
    }

    private JsonObject AuthorizationCode(UserPool pool, UserPoolClient client, IReadOnlyDictionary<string, string> form)
    {
        var code = form.GetValueOrDefault("code") ?? throw new OAuthError("invalid_request", "code is missing.");

        // Removed on first use whatever follows, so a code never works twice (even after a failed exchange).
        if (!domain.Codes.TryRemove(code, out var issued) || issued.ExpiresAt <= domain.State.Now || issued.ClientId != client.ClientId)
        {
            throw new OAuthError("invalid_grant");
        }

        if (form.GetValueOrDefault("redirect_uri") != issued.RedirectUri)
        {
            throw new OAuthError("invalid_grant", "redirect_uri does not match the authorize request.");
        }

        if (issued.CodeChallenge is { } challenge)
        {
            var verifier = form.GetValueOrDefault("code_verifier");
            if (verifier is null || !Same(challenge, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))))
            {
                throw new OAuthError("invalid_grant", "code_verifier does not match the code_challenge.");
            }
        }

        var user = ActiveUser(pool, issued.Sub);
        var grant = new SignInGrant(Guid.NewGuid().ToString(), issued.AuthTime, null);
        return OAuthTokenMinter.ForUser(domain, pool, client, user, grant, issued.Scopes, issued.Nonce, withRefreshToken: true);
    }

    private JsonObject Refresh(UserPool pool, UserPoolClient client, IReadOnlyDictionary<string, string> form)
    {
        var token = form.GetValueOrDefault("refresh_token") ?? throw new OAuthError("invalid_request", "refresh_token is missing.");
        var session = domain.State.RefreshTokens.Find(token);
        if (session is null || session.Revoked || session.PoolId != pool.Id || session.ClientId != client.ClientId
            || session.ExpiresAt <= domain.State.Now || domain.State.RefreshTokens.IsRevoked(session.OriginJti))
        {
            throw new OAuthError("invalid_grant");
        }

        var user = ActiveUser(pool, session.Sub);
        lock (pool.Gate)
        {
            if (session.AwaitsDeviceConfirmation(user))
            {
                throw new OAuthError("invalid_grant");
            }
        }

        var scopes = domain.RefreshScopes.GetValueOrDefault(token) ?? DefaultRefreshScopes;
        var grant = new SignInGrant(session.OriginJti, session.AuthTime, session.DeviceKey);
        return OAuthTokenMinter.ForUser(domain, pool, client, user, grant, scopes, nonce: null, withRefreshToken: false);
    }

    private JsonObject ClientCredentials(UserPool pool, UserPoolClient client, OAuthClientSettings settings, IReadOnlyDictionary<string, string> form)
    {
        if (client.ClientSecret is null)
        {
            throw new OAuthError("invalid_client", "The client_credentials grant needs an app client with a secret.");
        }

        if (!settings.AllowsFlow("client_credentials"))
        {
            throw new OAuthError("unauthorized_client");
        }

        var custom = settings.AllowedScopes.Where(s => s.Contains('/', StringComparison.Ordinal)).ToList();
        var asked = form.GetValueOrDefault("scope")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [.. custom];
        if (asked.Length == 0 || asked.Any(s => !custom.Contains(s, StringComparer.Ordinal) || !ResourceServerKnows(pool.Id, s)))
        {
            throw new OAuthError("invalid_scope");
        }

        return OAuthTokenMinter.ForClient(domain.State, pool, client, [.. asked.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>A scope of a registered resource server must be one of its scopes; identifiers never registered are taken on trust.</summary>
    private bool ResourceServerKnows(string poolId, string scope)
    {
        var slash = scope.LastIndexOf('/');
        return !domain.ResourceServers.TryGetValue(poolId, out var servers)
            || !servers.TryGetValue(scope[..slash], out var names)
            || names.Contains(scope[(slash + 1)..], StringComparer.Ordinal);
    }

    private static User ActiveUser(UserPool pool, string sub)
    {
        lock (pool.Gate)
        {
            return pool.UsersBySub.TryGetValue(sub, out var user) && user.Enabled ? user : throw new OAuthError("invalid_grant", "User does not exist or is disabled.");
        }
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
