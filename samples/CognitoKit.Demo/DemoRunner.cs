using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CognitoKit.Demo;

/// <summary>
/// Runs the CognitoKit demo: sets up a world (the local emulator, or a real pool from configuration), then runs
/// <see cref="DemoSteps.Story"/>, printing one line per step and a summary.
/// </summary>
public static class DemoRunner
{
    /// <summary>Runs the demo against a new local emulator, with a generated user. Needs no AWS account.</summary>
    /// <param name="output">Where the step lines go.</param>
    /// <param name="cancellationToken">Stops the demo.</param>
    /// <returns>The report; <see cref="DemoReport.ExitCode"/> is 0 when no step failed.</returns>
    public static Task<DemoReport> RunAsync(TextWriter output, CancellationToken cancellationToken = default) =>
        RunAsync(new DemoOptions(), output, cancellationToken);

    /// <summary>Runs the demo against a new local emulator.</summary>
    /// <param name="options">The demo user's details (all optional here).</param>
    /// <param name="output">Where the step lines go.</param>
    /// <param name="cancellationToken">Stops the demo.</param>
    /// <returns>The report.</returns>
    public static Task<DemoReport> RunAsync(DemoOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        return RunCoreAsync(
            "the local Cognito emulator (no AWS account needed)",
            ct => EmulatorWorld.StartAsync(options, ct),
            output,
            cancellationToken);
    }

    /// <summary>
    /// Runs the demo as the program does: against the pool in the <c>CognitoKit</c> section when it names one
    /// (<c>CognitoKit:UserPoolId</c>), otherwise against a new local emulator.
    /// </summary>
    /// <param name="configuration">The configuration (sections <c>CognitoKit</c> and <c>CognitoKitDemo</c>).</param>
    /// <param name="output">Where the step lines go.</param>
    /// <param name="input">Where codes are read from against AWS, when the console is interactive.</param>
    /// <param name="cancellationToken">Stops the demo.</param>
    /// <returns>The report.</returns>
    public static Task<DemoReport> RunAsync(IConfiguration configuration, TextWriter output, TextReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        DemoOptions options = DemoOptions.From(configuration.GetSection(DemoOptions.SectionName));
        string? userPoolId = configuration[$"{CognitoKitOptions.SectionName}:{nameof(CognitoKitOptions.UserPoolId)}"];
        if (string.IsNullOrWhiteSpace(userPoolId))
        {
            return RunAsync(options, output, cancellationToken);
        }

        return RunCoreAsync(
            $"Amazon Cognito, user pool {userPoolId}",
            _ => Task.FromResult(AwsWorld.Create(configuration, options, output, input)),
            output,
            cancellationToken);
    }

    private static async Task<DemoReport> RunCoreAsync(
        string target, Func<CancellationToken, Task<DemoWorld>> setUpAsync, TextWriter output, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var results = new List<DemoStepResult>();
        await output.WriteLineAsync($"CognitoKit demo against {target}").ConfigureAwait(false);

        DemoWorld? world = null;
        var setUpTimer = Stopwatch.StartNew();
        try
        {
            world = await setUpAsync(cancellationToken).ConfigureAwait(false);
            await ReportAsync(output, results, "Set up", DemoStepStatus.Passed, world.Description, setUpTimer.Elapsed).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await ReportAsync(output, results, "Set up", DemoStepStatus.Failed, Describe(e), setUpTimer.Elapsed).ConfigureAwait(false);
        }

        try
        {
            DemoContext? context = world is null ? null : new DemoContext(world);
            foreach (DemoStep step in DemoSteps.Story)
            {
                (DemoStepStatus status, string line, TimeSpan elapsed) = context is null
                    ? (DemoStepStatus.Skipped, "the set-up failed", TimeSpan.Zero)
                    : await RunStepAsync(step, context, cancellationToken).ConfigureAwait(false);
                await ReportAsync(output, results, step.Title, status, line, elapsed).ConfigureAwait(false);
            }
        }
        finally
        {
            if (world is not null)
            {
                await world.DisposeAsync().ConfigureAwait(false);
            }
        }

        var report = new DemoReport(target, results, total.Elapsed);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Steps.Count} steps: {report.Passed} passed, {report.Failed} failed, {report.Skipped} skipped in {report.Elapsed.TotalSeconds:0.0} s"))
            .ConfigureAwait(false);
        return report;
    }

    private static async Task<(DemoStepStatus, string, TimeSpan)> RunStepAsync(DemoStep step, DemoContext context, CancellationToken cancellationToken)
    {
        if (step.Blocker(context) is { } reason)
        {
            return (DemoStepStatus.Skipped, reason, TimeSpan.Zero);
        }

        var timer = Stopwatch.StartNew();
        try
        {
            string line = await step.RunAsync(context, cancellationToken).ConfigureAwait(false);
            return (DemoStepStatus.Passed, line, timer.Elapsed);
        }
        catch (DemoStepSkippedException skipped)
        {
            return (DemoStepStatus.Skipped, skipped.Message, timer.Elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (DemoStepStatus.Failed, Describe(e), timer.Elapsed);
        }
    }

    private static async Task ReportAsync(
        TextWriter output, List<DemoStepResult> results, string title, DemoStepStatus status, string line, TimeSpan elapsed)
    {
        var result = new DemoStepResult(results.Count + 1, title, status, line, elapsed);
        results.Add(result);
        string tag = status switch
        {
            DemoStepStatus.Passed => "PASS",
            DemoStepStatus.Failed => "FAIL",
            _ => "SKIP",
        };
        string time = status == DemoStepStatus.Skipped && elapsed == TimeSpan.Zero ? string.Empty : $" ({Shown.Duration(elapsed)})";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[{tag}] {result.Number,2}. {title}: {line}{time}"))
            .ConfigureAwait(false);
    }

    /// <summary>A failure in one line. CognitoKit's exceptions never carry a secret in their messages.</summary>
    private static string Describe(Exception e) => e switch
    {
        DemoCheckFailedException => e.Message,
        CognitoException c => $"{c.ErrorCode}: {c.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
