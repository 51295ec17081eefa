namespace CognitoKit.IntegrationTests.Infrastructure;

/// <summary>
/// How <see cref="EmulatorFixture.CreatePoolAsync"/> sets up a pool and its app client. The defaults give a pool with
/// usernames, no MFA, no device tracking, and a client without a secret that allows every sign-in flow.
/// </summary>
public sealed record TestPoolSettings
{
    /// <summary>Whether the app client has a generated secret (every call then needs a <c>SECRET_HASH</c>).</summary>
    public bool ClientSecret { get; init; }

    /// <summary><c>UsernameAttributes</c> of the pool, such as <c>["email"]</c> for email-as-username sign-in.</summary>
    public IReadOnlyList<string> UsernameAttributes { get; init; } = [];

    /// <summary><c>AliasAttributes</c> of the pool, such as <c>["email"]</c> (cannot be combined with <see cref="UsernameAttributes"/>).</summary>
    public IReadOnlyList<string> AliasAttributes { get; init; } = [];

    /// <summary><c>AutoVerifiedAttributes</c>, such as <c>["email"]</c>.</summary>
    public IReadOnlyList<string> AutoVerifiedAttributes { get; init; } = [];

    /// <summary><c>MfaConfiguration</c>: <c>OFF</c> (default), <c>OPTIONAL</c> or <c>ON</c>.</summary>
    public string MfaConfiguration { get; init; } = "OFF";

    /// <summary>Enables TOTP MFA in the pool (when <see cref="MfaConfiguration"/> is not <c>OFF</c>).</summary>
    public bool SoftwareTokenMfa { get; init; } = true;

    /// <summary>Enables SMS MFA in the pool (when <see cref="MfaConfiguration"/> is not <c>OFF</c>).</summary>
    public bool SmsMfa { get; init; }

    /// <summary>Enables email MFA in the pool (when <see cref="MfaConfiguration"/> is not <c>OFF</c>).</summary>
    public bool EmailMfa { get; init; }

    /// <summary>Turns on device tracking (<c>DeviceConfiguration</c>).</summary>
    public bool DeviceTracking { get; init; }

    /// <summary><c>DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt</c> (only with <see cref="DeviceTracking"/>).</summary>
    public bool DeviceOnlyRememberedOnUserPrompt { get; init; }

    /// <summary><c>DeviceConfiguration.ChallengeRequiredOnNewDevice</c> (only with <see cref="DeviceTracking"/>).</summary>
    public bool ChallengeRequiredOnNewDevice { get; init; }

    /// <summary>
    /// <c>Policies.SignInPolicy.AllowedFirstAuthFactors</c> for choice-based sign-in (<c>USER_AUTH</c>), such as
    /// <c>["PASSWORD", "EMAIL_OTP"]</c>; <c>null</c> leaves the pool's default.
    /// </summary>
    public IReadOnlyList<string>? AllowedFirstAuthFactors { get; init; }

    /// <summary>The client's <c>ExplicitAuthFlows</c>; the default allows SRP, password, custom, choice-based and refresh.</summary>
    public IReadOnlyList<string> ExplicitAuthFlows { get; init; } =
        ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

    /// <summary>Turns on refresh-token rotation for the client.</summary>
    public bool RefreshTokenRotation { get; init; }
}
