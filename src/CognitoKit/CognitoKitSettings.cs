namespace CognitoKit;

/// <summary>
/// The settings an <see cref="ICognitoKit"/> runs with: a read-only copy of <see cref="CognitoKitOptions"/>, validated
/// and taken when the façade is built. Changing the options object afterwards changes nothing here, nor in CognitoKit.
/// The client secret is not exposed; <see cref="HasClientSecret"/> says whether there is one.
/// </summary>
public sealed class CognitoKitSettings
{
    internal CognitoKitSettings(CognitoKitOptions options, string region)
    {
        Region = region;
        UserPoolId = options.UserPoolId;
        ClientId = options.ClientId;
        HasClientSecret = options.ClientSecret is not null;
        HasPreviousClientSecret = options.PreviousClientSecret is not null;
        IdentityPoolId = options.IdentityPoolId;
        UserPoolEndpoint = options.UserPoolEndpoint;
        IdentityEndpoint = options.IdentityEndpoint;
        StsEndpoint = options.StsEndpoint;
        Issuer = options.Issuer;
        AttemptTimeout = options.AttemptTimeout;
        OverallTimeout = options.OverallTimeout;
        MaxAttempts = options.MaxAttempts;
        RetryBaseDelay = options.RetryBaseDelay;
        RefreshMargin = options.RefreshMargin;
        ClockSkew = options.ClockSkew;
        RefreshTokenRotation = options.RefreshTokenRotation;
    }

    /// <summary>The AWS region of the user pool: <see cref="CognitoKitOptions.Region"/>, or the one taken from the pool id.</summary>
    public string Region { get; }

    /// <summary>The user pool id (<see cref="CognitoKitOptions.UserPoolId"/>).</summary>
    public string UserPoolId { get; }

    /// <summary>The app client id (<see cref="CognitoKitOptions.ClientId"/>).</summary>
    public string ClientId { get; }

    /// <summary>Whether a client secret is configured; the secret itself is never exposed.</summary>
    public bool HasClientSecret { get; }

    /// <summary>Whether a previous client secret was configured when the façade was built (<see cref="CognitoKitOptions.PreviousClientSecret"/>); the secret itself is not exposed.</summary>
    public bool HasPreviousClientSecret { get; }

    /// <summary>The identity pool id, if any (<see cref="CognitoKitOptions.IdentityPoolId"/>).</summary>
    public string? IdentityPoolId { get; }

    /// <summary>The user pool endpoint override, if any (<see cref="CognitoKitOptions.UserPoolEndpoint"/>).</summary>
    public Uri? UserPoolEndpoint { get; }

    /// <summary>The identity pool endpoint override, if any (<see cref="CognitoKitOptions.IdentityEndpoint"/>).</summary>
    public Uri? IdentityEndpoint { get; }

    /// <summary>The STS endpoint override, if any (<see cref="CognitoKitOptions.StsEndpoint"/>).</summary>
    public Uri? StsEndpoint { get; }

    /// <summary>The issuer override, if any (<see cref="CognitoKitOptions.Issuer"/>).</summary>
    public Uri? Issuer { get; }

    /// <summary>The timeout of one HTTP attempt (<see cref="CognitoKitOptions.AttemptTimeout"/>).</summary>
    public TimeSpan AttemptTimeout { get; }

    /// <summary>The timeout of a whole call, retries included (<see cref="CognitoKitOptions.OverallTimeout"/>).</summary>
    public TimeSpan OverallTimeout { get; }

    /// <summary>How many attempts a call may make in all (<see cref="CognitoKitOptions.MaxAttempts"/>).</summary>
    public int MaxAttempts { get; }

    /// <summary>The first retry delay (<see cref="CognitoKitOptions.RetryBaseDelay"/>).</summary>
    public TimeSpan RetryBaseDelay { get; }

    /// <summary>How long before expiry a session's tokens are refreshed (<see cref="CognitoKitOptions.RefreshMargin"/>).</summary>
    public TimeSpan RefreshMargin { get; }

    /// <summary>The clock skew tolerated when tokens are validated (<see cref="CognitoKitOptions.ClockSkew"/>).</summary>
    public TimeSpan ClockSkew { get; }

    /// <summary>Whether the app client rotates refresh tokens (<see cref="CognitoKitOptions.RefreshTokenRotation"/>).</summary>
    public bool RefreshTokenRotation { get; }

    /// <summary>Returns a description of these settings (there is no secret to show).</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() =>
        $"CognitoKitSettings {{ Region = {Region}, UserPoolId = {UserPoolId}, ClientId = {ClientId}, HasClientSecret = {HasClientSecret}, HasPreviousClientSecret = {HasPreviousClientSecret}, IdentityPoolId = {IdentityPoolId} }}";
}
