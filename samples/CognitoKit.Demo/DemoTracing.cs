using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CognitoKit.Demo;

/// <summary>
/// The demo's <c>--trace</c> flag: CognitoKit's spans printed on the console by the OpenTelemetry SDK's console
/// exporter, as an app would register them (<see cref="CognitoKitTelemetry.ActivitySourceName"/>).
/// </summary>
public static class DemoTracing
{
    /// <summary>The command-line flag, <c>--trace</c>.</summary>
    public const string Flag = "--trace";

    /// <summary>Whether <paramref name="args"/> ask for tracing.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>True when <see cref="Flag"/> is among them.</returns>
    public static bool IsRequested(IEnumerable<string> args) => args.Contains(Flag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts printing CognitoKit's spans on the console when <paramref name="args"/> ask for it.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The tracer provider to dispose at the end (it prints what is left), or null without <see cref="Flag"/>.</returns>
    public static TracerProvider? StartIfRequested(IEnumerable<string> args) =>
        IsRequested(args)
            ? Sdk.CreateTracerProviderBuilder()
                .AddSource(CognitoKitTelemetry.ActivitySourceName)
                .AddConsoleExporter()
                .Build()
            : null;
}
