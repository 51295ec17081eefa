namespace CognitoKit;

/// <summary>
/// The <c>Logins</c> map an identity pool takes (provider name to token), for user pools and external providers:
/// Google, Facebook, Sign in with Apple, Login with Amazon and OIDC providers.
/// </summary>
/// <remarks>
/// <para>Immutable: each <c>With...</c> returns a new map. <see cref="ToString"/> shows provider names only.</para>
/// <para>Trade it for AWS credentials with <c>cognito.Identity.ForLogins(logins)</c>. CognitoKit remembers the identity
/// id under the <c>sub</c> of the first JWT login (read, not validated: Cognito validates); Facebook and Amazon send
/// opaque access tokens, so give their user id to <see cref="WithFacebook"/> / <see cref="WithAmazon"/> to have the
/// identity id remembered for them too.</para>
/// </remarks>
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
    private readonly Dictionary<string, string> _subjects;

    private IdentityLogins(Dictionary<string, string> logins, Dictionary<string, string> subjects)
    {
        _logins = logins;
        _subjects = subjects;
    }

    /// <summary>A map with no logins (a guest).</summary>
    public static IdentityLogins Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));

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
    /// <param name="userId">The user's Facebook user id, if known: the token is opaque, so this is what the identity id
    /// is remembered under. Null: the identity id is not remembered across credentials objects for this login.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithFacebook(string accessToken, string? userId = null)
    {
        CheckUserId(userId);
        return With(FacebookProvider, accessToken, nameof(accessToken), userId);
    }

    /// <summary>Adds a Sign in with Apple ID token (<c>appleid.apple.com</c>).</summary>
    /// <param name="idToken">The ID token Apple issued.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithApple(string idToken) => With(AppleProvider, idToken, nameof(idToken));

    /// <summary>Adds a Login with Amazon access token (<c>www.amazon.com</c>).</summary>
    /// <param name="accessToken">The access token Amazon issued.</param>
    /// <param name="userId">The user's Amazon user id (<c>amzn1.account...</c>), if known: the token is opaque, so this
    /// is what the identity id is remembered under. Null: the identity id is not remembered across credentials objects.</param>
    /// <returns>The new map.</returns>
    public IdentityLogins WithAmazon(string accessToken, string? userId = null)
    {
        CheckUserId(userId);
        return With(AmazonProvider, accessToken, nameof(accessToken), userId);
    }

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

    /// <summary>The user ids given for opaque tokens (provider name to user id).</summary>
    internal IReadOnlyDictionary<string, string> Subjects => _subjects;

    /// <summary>Shows the provider names, never a token.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => "IdentityLogins [" + string.Join(", ", _logins.Keys.Order(StringComparer.Ordinal)) + "]";

    private static void CheckUserId(string? userId)
    {
        if (userId is not null && string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("A user id, when given, is not empty.", nameof(userId));
        }
    }

    private IdentityLogins With(string provider, string token, string parameterName, string? subject = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token, parameterName);
        var subjects = new Dictionary<string, string>(_subjects, StringComparer.Ordinal);
        subjects.Remove(provider);
        if (subject is not null)
        {
            subjects[provider] = subject;
        }

        return new IdentityLogins(new Dictionary<string, string>(_logins, StringComparer.Ordinal) { [provider] = token }, subjects);
    }
}
