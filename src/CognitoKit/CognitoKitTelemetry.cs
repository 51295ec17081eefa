namespace CognitoKit;

/// <summary>
/// The names under which CognitoKit publishes its traces and metrics, for <c>AddSource</c> and <c>AddMeter</c> of an
/// OpenTelemetry (or any <see cref="System.Diagnostics.ActivityListener"/> or
/// <see cref="System.Diagnostics.Metrics.MeterListener"/>) registration.
/// </summary>
/// <remarks>
/// CognitoKit depends on no telemetry SDK: it uses <see cref="System.Diagnostics.ActivitySource"/> and
/// <see cref="System.Diagnostics.Metrics.Meter"/> only, and does no tag work at all while nothing listens. No tag,
/// event or metric dimension carries a password, code, token, SRP value, username or email address. docs/observability.md
/// lists every span, tag and instrument.
/// </remarks>
public static class CognitoKitTelemetry
{
    /// <summary>The name of CognitoKit's <see cref="System.Diagnostics.ActivitySource"/>: <c>CognitoKit</c>.</summary>
    public const string ActivitySourceName = "CognitoKit";

    /// <summary>The name of CognitoKit's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>CognitoKit</c>.</summary>
    public const string MeterName = "CognitoKit";
}
