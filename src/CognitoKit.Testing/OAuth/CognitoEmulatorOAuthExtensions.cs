using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CognitoKit.Testing.OAuth;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing;

/// <summary>Set-up helpers for the emulator's user pool domain (hosted sign-in, social providers, client credentials).</summary>
public static class CognitoEmulatorOAuthExtensions
{
    /// <summary>The name under which <see cref="EmulatorRequestLog.Count"/> counts <c>/oauth2/token</c> requests.</summary>
    public const string TokenEndpointOperation = TokenEndpoint.OperationName;

    /// <summary>
    /// The user pool domain's base address. The emulator serves every pool's domain at its endpoint root (the app client
    /// id picks the pool) and also under <c>/{userPoolId}/</c>.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <returns>The domain address, with a trailing slash.</returns>
    public static Uri DomainEndpoint(this CognitoEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return emulator.Endpoint;
    }

    /// <summary>Registers a resource server so its scopes (<c>{identifier}/{scope}</c>) can be granted to app clients.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="userPoolId">The user pool.</param>
    /// <param name="identifier">The resource server identifier, such as <c>orders</c> or <c>https://api.example.com</c>.</param>
    /// <param name="scopes">Its scope names, such as <c>read</c> and <c>write</c>.</param>
    /// <exception cref="CognitoEmulatorException">The pool does not exist.</exception>
    public static void AddResourceServer(this CognitoEmulator emulator, string userPoolId, string identifier, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(userPoolId);
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        ArgumentNullException.ThrowIfNull(scopes);
        if (emulator.State.UserPools.Find(userPoolId) is null)
        {
            throw new CognitoEmulatorException("ResourceNotFoundException", "User pool " + userPoolId + " does not exist.");
        }

        var servers = OAuthDomain.For(emulator.State).ResourceServers.GetOrAdd(userPoolId, _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal));
        servers[identifier] = [.. scopes];
    }

    /// <summary>
    /// Creates an app client set up for the domain: the code flow (and client credentials when it has a secret and
    /// custom scopes), the given callback and sign-out URLs, scopes and identity providers.
    /// </summary>
    /// <param name="pool">The pool.</param>
    /// <param name="callbackUrls">The allowed redirect URIs after sign-in.</param>
    /// <param name="logoutUrls">The allowed addresses after sign-out.</param>
    /// <param name="scopes">AllowedOAuthScopes; null for <c>openid email profile aws.cognito.signin.user.admin</c>.</param>
    /// <param name="identityProviders">SupportedIdentityProviders; null for <c>COGNITO</c> and <c>Google</c>.</param>
    /// <param name="generateSecret">Whether the client is confidential.</param>
    /// <param name="flows">AllowedOAuthFlows; null for <c>code</c>, or <c>client_credentials</c> for a confidential client whose scopes are all custom.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client id and secret.</returns>
    public static Task<EmulatedUserPoolClient> CreateOAuthClientAsync(
        this EmulatedUserPool pool,
        IEnumerable<string> callbackUrls,
        IEnumerable<string>? logoutUrls = null,
        IEnumerable<string>? scopes = null,
        IEnumerable<string>? identityProviders = null,
        bool generateSecret = false,
        IEnumerable<string>? flows = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(callbackUrls);
        var scopeList = (scopes ?? ["openid", "email", "profile", "aws.cognito.signin.user.admin"]).ToList();
        var flowList = (flows ?? (generateSecret && scopeList.All(s => s.Contains('/', StringComparison.Ordinal))
            ? ["client_credentials"]
            : ["code"])).ToList();
        return pool.CreateClientAsync(
            "oauth-client",
            generateSecret,
            configure: request =>
            {
                request["CallbackURLs"] = Wire.Strings(callbackUrls);
                request["LogoutURLs"] = Wire.Strings(logoutUrls ?? []);
                request["AllowedOAuthScopes"] = Wire.Strings(scopeList);
                request["AllowedOAuthFlows"] = Wire.Strings(flowList);
                request["AllowedOAuthFlowsUserPoolClient"] = JsonValue.Create(true);
                request["SupportedIdentityProviders"] = Wire.Strings(identityProviders ?? ["COGNITO", "Google"]);
            },
            cancellationToken: cancellationToken);
    }
}
