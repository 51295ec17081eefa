namespace CognitoKit.Hosted;

/// <summary>
/// Settings for hosted and social sign-in through the user pool domain (OAuth 2.0 / OpenID Connect).
/// </summary>
/// <remarks>
/// Bind from configuration section <c>"CognitoKit:HostedUI"</c> or set in code through
/// <c>services.AddCognitoKit(...).AddHostedUI(o =&gt; ...)</c>. <see cref="ClientId"/> and <see cref="ClientSecret"/> default to
/// <c>CognitoKit:ClientId</c> and <c>CognitoKit:ClientSecret</c>. <see cref="Domain"/> is checked when the host starts
/// (https, or http only towards this machine); the other values are checked on first use, and a missing one is reported by
/// its configuration key.
/// </remarks>
public sealed class CognitoHostedUIOptions
{
    /// <summary>The default configuration section name, <c>"CognitoKit:HostedUI"</c>.</summary>
    public const string SectionName = "CognitoKit:HostedUI";

    /// <summary>
    /// The base address of the user pool domain: <c>https://{prefix}.auth.{region}.amazoncognito.com</c>, a custom
    /// domain such as <c>https://auth.example.com</c>, or an emulator's endpoint. No default: it must be set.
    /// Plain <c>http</c> is accepted only for <c>localhost</c>, <c>127.0.0.0/8</c> and <c>[::1]</c>.
    /// </summary>
    public Uri? Domain { get; set; }

    /// <summary>The app client id used at the domain. Default: <c>CognitoKit:ClientId</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The app client secret for a confidential client, sent as HTTP Basic authentication (<c>client_secret_basic</c>).
    /// Default: <c>CognitoKit:ClientSecret</c>. Never logged.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The app client's other secret while a secret rotation is under way (Cognito accepts two per app client): when the
    /// domain answers <c>invalid_client</c> to <see cref="ClientSecret"/>, the request is sent once more with this one.
    /// Default: <c>CognitoKit:PreviousClientSecret</c> when <see cref="ClientSecret"/> is not set here either. Never logged.
    /// </summary>
    public string? PreviousClientSecret { get; set; }

    /// <summary>Where the domain sends the browser back after sign-in; it must be one of the app client's callback URLs.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Where the domain sends the browser after sign-out; it must be one of the app client's sign-out URLs.</summary>
    public Uri? LogoutUri { get; set; }

    /// <summary>The scopes asked for when a request names none. Default: <c>openid</c>, <c>email</c>, <c>profile</c>.</summary>
    public IList<string> Scopes { get; set; } = new List<string> { "openid", "email", "profile" };

    /// <summary>
    /// How long before expiry a cached client-credentials token is replaced. Default: 60 seconds (or a tenth of the
    /// token's lifetime when that is shorter).
    /// </summary>
    public TimeSpan ClientCredentialsRenewBefore { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The address of a Cognito prefix domain: <c>https://{prefix}.auth.{region}.amazoncognito.com</c>.</summary>
    /// <param name="prefix">The domain prefix chosen for the user pool.</param>
    /// <param name="region">The AWS region, such as <c>eu-west-1</c>.</param>
    /// <returns>The domain's base address.</returns>
    /// <exception cref="ArgumentException">A value is empty or not a valid host label.</exception>
    public static Uri CognitoDomain(string prefix, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        if (!prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException("A Cognito domain prefix holds only lower-case letters, digits and hyphens.", nameof(prefix));
        }

        if (!region.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException("The region must look like 'eu-west-1'.", nameof(region));
        }

        return new Uri($"https://{prefix}.auth.{region}.amazoncognito.com/");
    }

    /// <summary>Describes these options without the client secret.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() =>
        $"CognitoHostedUIOptions {{ Domain = {Domain}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "***")}, PreviousClientSecret = {(PreviousClientSecret is null ? "null" : "***")}, RedirectUri = {RedirectUri}, LogoutUri = {LogoutUri}, Scopes = [{string.Join(' ', Scopes)}] }}";
}
