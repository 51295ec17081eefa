namespace CognitoKit;

/// <summary>
/// Settings for CognitoKit: which user pool, app client and identity pool to talk to, where, and how patiently.
/// </summary>
/// <remarks>
/// Bind from configuration (section <c>"CognitoKit"</c> by convention) or set in code through
/// <c>services.AddCognitoKit(o =&gt; ...)</c>. Every value is validated when the host starts, and a bad value
/// names the setting and shows the expected form. Endpoints and the issuer must use <c>https</c>; plain <c>http</c> is
/// accepted only when they point at this machine (<c>localhost</c>, <c>127.0.0.0/8</c> or <c>[::1]</c>), as an emulator does.
/// </remarks>
public sealed class CognitoKitOptions
{
    /// <summary>The default configuration section name, <c>"CognitoKit"</c>.</summary>
    public const string SectionName = "CognitoKit";

    /// <summary>
    /// The AWS region of the user pool, such as <c>eu-west-1</c>. When empty, it is taken from
    /// <see cref="UserPoolId"/> (the part before the underscore).
    /// </summary>
    public string? Region { get; set; }

    /// <summary>The user pool id, in the form <c>{region}_{id}</c>, for example <c>us-east-2_D8rs5PBjY</c>.</summary>
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>The app client id of the user pool.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>
    /// The app client secret, when the app client has one. Every call that needs a <c>SECRET_HASH</c> then sends one,
    /// computed with the username Cognito knows the user by. Never logged.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The app client's previous secret, while a secret is being rotated (Cognito accepts two secrets per app client).
    /// When Cognito refuses a request's <c>SECRET_HASH</c> made with <see cref="ClientSecret"/>, that one request is
    /// sent once more with a hash made from this secret; other refusals are never retried. Both secrets are read from
    /// <c>IOptionsMonitor&lt;CognitoKitOptions&gt;</c>, so a configuration reload takes effect without a restart.
    /// Never logged.
    /// </summary>
    public string? PreviousClientSecret { get; set; }

    /// <summary>The identity pool id, in the form <c>{region}:{guid}</c>; needed only for AWS credentials.</summary>
    public string? IdentityPoolId { get; set; }

    /// <summary>
    /// Overrides the user pool endpoint (for an emulator or a VPC endpoint). Default:
    /// <c>https://cognito-idp.{region}.amazonaws.com/</c>.
    /// </summary>
    public Uri? UserPoolEndpoint { get; set; }

    /// <summary>
    /// Overrides the identity pool endpoint. Default: <c>https://cognito-identity.{region}.amazonaws.com/</c>.
    /// </summary>
    public Uri? IdentityEndpoint { get; set; }

    /// <summary>
    /// Overrides the STS endpoint used by the basic identity-pool flow. Default: <c>https://sts.{region}.amazonaws.com/</c>.
    /// </summary>
    public Uri? StsEndpoint { get; set; }

    /// <summary>
    /// The issuer that tokens of this pool carry. Default: derived from the endpoint:
    /// <c>https://cognito-idp.{region}.amazonaws.com/{userPoolId}</c>, or <c>{UserPoolEndpoint}/{userPoolId}</c> when the
    /// endpoint is overridden.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>The timeout of one HTTP attempt. Default: 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The timeout of a whole call, retries included. Default: 30 seconds.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many attempts a call may make in all (1 = no retry). Default: 3. Only failures that are safe to retry are
    /// retried: throttling always, server errors and network faults only for operations that are safe to repeat.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially with jitter. Default: 200 milliseconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long before expiry a session's tokens are refreshed. Default: 5 minutes.
    /// </summary>
    /// <remarks>
    /// The margin is capped at half of a token's lifetime, so short-lived tokens (say 5 minutes) are not refreshed on
    /// every call.
    /// </remarks>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The clock skew tolerated when tokens are validated. Default: 60 seconds; at most 5 minutes.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether the app client has refresh-token rotation turned on. When true, sessions refresh through
    /// <c>GetTokensFromRefreshToken</c> and keep the new refresh token it returns. Default: false.
    /// </summary>
    public bool RefreshTokenRotation { get; set; }

    /// <summary>
    /// The Amazon Pinpoint endpoint id sent as <c>AnalyticsMetadata.AnalyticsEndpointId</c> with every operation whose
    /// input accepts it (sign-up, confirmation, password reset, sign-in). Default: none, and then no
    /// <c>AnalyticsMetadata</c> is sent. The end user's threat-protection context comes from an
    /// <see cref="ICognitoContextDataProvider"/>, not from options.
    /// </summary>
    public string? AnalyticsEndpointId { get; set; }

    /// <summary>Returns a description of these options without the client secret or credentials.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() =>
        $"CognitoKitOptions {{ Region = {Region}, UserPoolId = {UserPoolId}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "none" : "***")}, PreviousClientSecret = {(PreviousClientSecret is null ? "none" : "***")}, IdentityPoolId = {IdentityPoolId} }}";
}
