using CognitoKit.Testing.SocialProviders;

namespace CognitoKit.Testing;

/// <summary>
/// Stand-in social and OpenID Connect providers for identity pools: mint the token a provider would give an app
/// (Google, Apple and OIDC providers: a signed ID token; Facebook and Amazon: an opaque access token), which the
/// emulator's identity pools then accept in <c>Logins</c> when configured for that provider.
/// </summary>
public static class CognitoEmulatorSocialExtensions
{
    /// <summary>The provider name of Google in <c>Logins</c> and <c>SupportedLoginProviders</c>.</summary>
    public const string Google = SocialProviderNames.Google;

    /// <summary>The provider name of Facebook.</summary>
    public const string Facebook = SocialProviderNames.Facebook;

    /// <summary>The provider name of Sign in with Apple.</summary>
    public const string Apple = SocialProviderNames.Apple;

    /// <summary>The provider name of Login with Amazon.</summary>
    public const string Amazon = SocialProviderNames.Amazon;

    /// <summary>
    /// Mints a token as the provider would issue it to the app <paramref name="audience"/> after <paramref name="subject"/>
    /// signs in. For Google and Apple: an RS256 ID token (<c>iss</c> <c>https://accounts.google.com</c> or
    /// <c>https://appleid.apple.com</c>) signed by the emulator's stand-in key for that provider; for a registered OIDC
    /// provider: the same with its issuer; for Facebook and Amazon: an opaque access token only this emulator recognises.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="providerName">The provider name: <see cref="Google"/>, <see cref="Facebook"/>, <see cref="Apple"/>,
    /// <see cref="Amazon"/>, or the <see cref="EmulatedOidcProvider.ProviderName"/> of a registered OIDC provider.</param>
    /// <param name="subject">The user's id at the provider (the token's <c>sub</c>).</param>
    /// <param name="audience">The app the token is for: the Google client id, Apple services id, Facebook app id,
    /// Amazon app id or OIDC client id that the identity pool is configured with.</param>
    /// <param name="lifetime">How long the token is valid on the emulator clock; one hour when null.</param>
    /// <param name="claims">Extra claims for a JWT (such as <c>email</c>); ignored for opaque tokens.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentException">The provider is unknown, or an argument is empty.</exception>
    public static string IssueSocialToken(
        this CognitoEmulator emulator, string providerName, string subject, string audience, TimeSpan? lifetime = null, IReadOnlyDictionary<string, object>? claims = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);
        return SocialTokenIssuer.Issue(emulator.State, providerName, subject, audience, lifetime ?? TimeSpan.FromHours(1), claims);
    }

    /// <summary>
    /// Registers an OpenID Connect provider as an IAM OIDC identity provider would be: its tokens carry
    /// <paramref name="issuer"/> and one of <paramref name="clientIds"/> as audience. List the returned
    /// <see cref="EmulatedOidcProvider.Arn"/> in the identity pool's <c>OpenIdConnectProviderARNs</c>.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="issuer">The issuer URL, such as <c>https://login.example.com/tenant</c> (https only, as IAM requires).</param>
    /// <param name="clientIds">The accepted audiences; at least one.</param>
    /// <returns>The provider, with its <c>Logins</c> name and ARN.</returns>
    /// <exception cref="ArgumentException">The issuer is not an absolute https URL, or no client id is given.</exception>
    public static EmulatedOidcProvider RegisterOpenIdConnectProvider(this CognitoEmulator emulator, string issuer, params string[] clientIds)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentNullException.ThrowIfNull(clientIds);
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.Query))
        {
            throw new ArgumentException("An OIDC issuer is an absolute https URL without a query, such as 'https://login.example.com'.", nameof(issuer));
        }

        if (clientIds.Length == 0 || clientIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one client id (audience), none of them empty.", nameof(clientIds));
        }

        if (SocialProviderNames.IsSocial(uri.Authority))
        {
            throw new ArgumentException("Google, Facebook, Apple and Amazon are built in; register only other OIDC providers.", nameof(issuer));
        }

        return SocialTokenIssuer.Register(emulator.State, uri, [.. clientIds]);
    }
}
