using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CognitoKit.Diagnostics;

/// <summary>
/// CognitoKit's instruments, on a <see cref="Meter"/> named <see cref="CognitoKitTelemetry.MeterName"/>. Under
/// dependency injection the meter comes from the app's <see cref="IMeterFactory"/> (one per service provider, so two
/// providers never share instruments); without one, from a process-wide meter (<see cref="Shared"/>).
/// </summary>
/// <remarks>
/// Dimensions are operation names, outcomes, error codes and enum names: a handful of values each, never anything per
/// user. Every recording site checks <see cref="Instrument.Enabled"/> first, so nothing is built while nobody listens.
/// </remarks>
internal sealed class CognitoKitMetrics
{
    private static readonly Lazy<CognitoKitMetrics> SharedInstance = new(() => new CognitoKitMetrics(null));
    private readonly ConcurrentDictionary<Sessions.LiveSessions, byte> _live = new();

    // Kept for the life of the process (the shared one) or disposed by the meter factory with its service provider.
    private readonly Meter _meter;

    public CognitoKitMetrics(IMeterFactory? meterFactory)
    {
        _meter = meterFactory is null
            ? new Meter(CognitoKitTelemetry.MeterName, Telemetry.Version)
            : meterFactory.Create(new MeterOptions(CognitoKitTelemetry.MeterName) { Version = Telemetry.Version });
        Meter meter = _meter;
        CallDuration = meter.CreateHistogram<double>(
            "cognito.client.call.duration", "s", "Duration of Cognito calls, retries included.");
        Retries = meter.CreateCounter<long>("cognito.client.retries", "{retry}", "Cognito calls repeated after a failed attempt.");
        Throttles = meter.CreateCounter<long>("cognito.client.throttles", "{throttle}", "Attempts Cognito refused with TooManyRequestsException.");
        SignInSteps = meter.CreateCounter<long>("cognito.sign_in.steps", "{step}", "Sign-in steps (a start or a challenge answer) by outcome and challenge.");
        Refreshes = meter.CreateCounter<long>("cognito.session.refreshes", "{refresh}", "Session refreshes by outcome.");
        RefreshDuration = meter.CreateHistogram<double>("cognito.session.refresh.duration", "s", "Duration of session refreshes.");
        Validations = meter.CreateCounter<long>("cognito.token.validations", "{validation}", "Token validations by result and rejection reason.");
        JwksFetches = meter.CreateCounter<long>("cognito.jwks.fetches", "{fetch}", "Fetches of a user pool's JWKS by outcome.");
        CredentialExchanges = meter.CreateCounter<long>(
            "cognito.identity.credential_exchanges", "{exchange}", "Identity-pool credential exchanges by kind, flow and outcome.");
        meter.CreateObservableUpDownCounter("cognito.sessions.active", CountLiveSessions, "{session}", "Sessions live in this process's session cache.");
    }

    /// <summary>The instruments of the process-wide meter, for objects made without dependency injection.</summary>
    public static CognitoKitMetrics Shared => SharedInstance.Value;

    public Histogram<double> CallDuration { get; }

    public Counter<long> Retries { get; }

    public Counter<long> Throttles { get; }

    public Counter<long> SignInSteps { get; }

    public Counter<long> Refreshes { get; }

    public Histogram<double> RefreshDuration { get; }

    public Counter<long> Validations { get; }

    public Counter<long> JwksFetches { get; }

    public Counter<long> CredentialExchanges { get; }

    /// <summary>Counts the live sessions of <paramref name="live"/> in <c>cognito.sessions.active</c>.</summary>
    public void Track(Sessions.LiveSessions live) => _live.TryAdd(live, 0);

    private long CountLiveSessions()
    {
        long count = 0;
        foreach (Sessions.LiveSessions live in _live.Keys)
        {
            count += live.CountActive();
        }

        return count;
    }

    /// <summary>Starts timing for a histogram when it is listened to, else 0.</summary>
    public static long StartTiming(Histogram<double> histogram) => histogram.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Seconds since <paramref name="started"/>.</summary>
    public static double SecondsSince(long started) => Stopwatch.GetElapsedTime(started).TotalSeconds;
}
