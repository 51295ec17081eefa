namespace CognitoKit.Demo;

/// <summary>The outcome of a whole demo run.</summary>
/// <param name="Target">What the demo ran against (the emulator, or a pool in an AWS region).</param>
/// <param name="Steps">Every step, in order.</param>
/// <param name="Elapsed">The whole run, set-up included.</param>
public sealed record DemoReport(string Target, IReadOnlyList<DemoStepResult> Steps, TimeSpan Elapsed)
{
    /// <summary>How many steps passed.</summary>
    public int Passed => Steps.Count(s => s.Status == DemoStepStatus.Passed);

    /// <summary>How many steps failed.</summary>
    public int Failed => Steps.Count(s => s.Status == DemoStepStatus.Failed);

    /// <summary>How many steps were skipped.</summary>
    public int Skipped => Steps.Count(s => s.Status == DemoStepStatus.Skipped);

    /// <summary>The process exit code: 0 when no step failed, 1 otherwise.</summary>
    public int ExitCode => Failed == 0 ? 0 : 1;
}
