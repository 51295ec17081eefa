using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>The C# of docs/observability.md, compiled and run by <c>ObservabilityConsoleTests</c>.</summary>
internal static class ObservabilitySnippets
{
    /// <summary>Runs <paramref name="work"/> with CognitoKit's spans and metrics exported to the console, as the doc registers them.</summary>
    public static async Task ObserveAsync(Func<Task> work)
    {
        using TracerProvider tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(CognitoKitTelemetry.ActivitySourceName)
            .AddConsoleExporter()
            .Build();
        using MeterProvider metrics = Sdk.CreateMeterProviderBuilder()
            .AddMeter(CognitoKitTelemetry.MeterName)
            .AddConsoleExporter()
            .Build();
        await work();
    }
}
