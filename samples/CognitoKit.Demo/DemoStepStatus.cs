namespace CognitoKit.Demo;

/// <summary>How a demo step ended.</summary>
public enum DemoStepStatus
{
    /// <summary>The step did what it shows.</summary>
    Passed,

    /// <summary>The step threw or found something wrong.</summary>
    Failed,

    /// <summary>The step could not run here (for example no inbox against real AWS); the line says why.</summary>
    Skipped,
}
