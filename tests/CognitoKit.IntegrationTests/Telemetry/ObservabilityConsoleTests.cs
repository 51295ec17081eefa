using CognitoKit.Demo;
using CognitoKit.IntegrationTests.Demo;
using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.Telemetry;

/// <summary>
/// The registration of docs/observability.md and the demo's <c>--trace</c> flag print CognitoKit's spans (and the doc's
/// metrics) on the console. The console is redirected, which is why these run in the non-parallel telemetry collection.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class ObservabilityConsoleTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!Console";

    [Fact]
    public async Task DocsRegistration_PrintsCognitoKitSpansAndMetricsOnTheConsole()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("olga", Password);

        string printed = await CaptureConsoleAsync(() => ObservabilitySnippets.ObserveAsync(async () =>
            Assert.IsType<SignedIn>(await pool.Kit.SignIn("olga", Password).SendAsync())));

        Assert.Contains("cognito.sign_in", printed, StringComparison.Ordinal);
        Assert.Contains("CognitoIdentityProvider.InitiateAuth", printed, StringComparison.Ordinal);
        Assert.Contains("rpc.method: InitiateAuth", printed, StringComparison.Ordinal);
        Assert.Contains("cognito.sign_in.steps", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoTraceFlag_PrintsSpans_AndWithoutItNothingListens()
    {
        Assert.Null(DemoTracing.StartIfRequested([]));
        Assert.False(DemoTracing.IsRequested(["--verbose"]));
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("otto", Password);

        string printed = await CaptureConsoleAsync(async () =>
        {
            using OpenTelemetry.Trace.TracerProvider? tracing = DemoTracing.StartIfRequested(["--trace"]);
            Assert.NotNull(tracing);
            Assert.IsType<SignedIn>(await pool.Kit.SignIn("otto", Password).SendAsync());
        });

        Assert.Contains("CognitoIdentityProvider.RespondToAuthChallenge", printed, StringComparison.Ordinal);
        Assert.Contains("rpc.system: aws-api", printed, StringComparison.Ordinal);
    }

    private static async Task<string> CaptureConsoleAsync(Func<Task> work)
    {
        TextWriter original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            await work();
        }
        finally
        {
            Console.SetOut(original);
        }

        return captured.ToString();
    }
}
