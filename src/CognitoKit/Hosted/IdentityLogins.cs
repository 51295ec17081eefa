namespace CognitoKit.Hosted;

/// <summary>
/// The <c>Logins</c> map an identity pool takes (provider name to token), for user pools and external providers:
/// Google, Facebook, Sign in with Apple, Login with Amazon and OIDC providers.
/// </summary>
/// <remarks>Immutable: each <c>With...</c> returns a new map. <see cref="ToString"/> shows provider names only.</remarks>
public sealed class IdentityLogins
{
    /// <summary>The provider name of Google: <c>accounts.google.com</c>.</summary>
    public const string GoogleProvider = "accounts.google.com";

    /// <summary>The provider name of Facebook: <c>graph.facebook.com</c>.</summary>
    public const string FacebookProvider = "graph.facebook.com";

    /// <summary>The provider name of Sign in with Apple: <c>appleid.apple.com</c>.</summary>
    public const string AppleProvider = "appleid.apple.com";

    /// <summary>The provider name of Login with Amazon: <c>www.amazon.com</c>.</summary>
    public const string AmazonProvider = "www.amazon.com";

    private readonly Dictionary<string, string> _logins;

    private IdentityLogins(Dictionary<string, string> logins) => _logins = logins;

    /// <summary>A map with no logins (a guest).</summary>
    public static IdentityLogins Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The map, provider name to token, as the identity pool's <c>Logins</c> member wants it.</summary>
    public IReadOnlyDictionary<string, string> Logins => _logins;

    /// <summary>Adds a Cognito user pool ID token under <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.</summary>
    /// <param name="region">The pool's region.</param>
    /// <param name="userPoolId">The user pool id.</param>
    /// <param name="idToken">The user's ID token.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithUserPool(string region, string userPoolId, string idToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(userPoolId);
        return With($"cognito-idp.{region}.amazonaws.com/{userPoolId}", idToken, nameof(idToken));
    }

    /// <summary>Adds a Google ID token (<c>accounts.google.com</c>).</summary>
    /// <param name="idToken">The ID token Google issued.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithGoogle(string idToken) => With(GoogleProvider, idToken, nameof(idToken));

    /// <summary>Adds a Facebook access token (<c>graph.facebook.com</c>).</summary>
    /// <param name="accessToken">The access token Facebook issued.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithFacebook(string accessToken) => With(FacebookProvider, accessToken, nameof(accessToken));

    /// <summary>Adds a Sign in with Apple ID token (<c>appleid.apple.com</c>).</summary>
    /// <param name="idToken">The ID token Apple issued.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithApple(string idToken) => With(AppleProvider, idToken, nameof(idToken));

    /// <summary>Adds a Login with Amazon access token (<c>www.amazon.com</c>).</summary>
    /// <param name="accessToken">The access token Amazon issued.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithAmazon(string accessToken) => With(AmazonProvider, accessToken, nameof(accessToken));

    /// <summary>Adds an ID token of an OIDC provider registered in IAM, named by its issuer host (and path), such as <c>login.example.com</c>.</summary>
    /// <param name="providerName">The provider name: the issuer without <c>https://</c>.</param>
    /// <param name="idToken">The ID token the provider issued.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentException">The provider name includes a scheme or is empty.</exception>
    public IdentityLogins WithOpenIdConnect(string providerName, string idToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        if (providerName.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException("An OIDC provider is named without its scheme, such as 'login.example.com'.", nameof(providerName));
        }

        return With(providerName.TrimEnd('/'), idToken, nameof(idToken));
    }

    /// <summary>Shows the provider names, never a token.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => "IdentityLogins [" + string.Join(", ", _logins.Keys.Order(StringComparer.Ordinal)) + "]";

    private IdentityLogins With(string provider, string token, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token, parameterName);
        return new IdentityLogins(new Dictionary<string, string>(_logins, StringComparer.Ordinal) { [provider] = token });
    }
}
