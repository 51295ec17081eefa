namespace CognitoKit.Demo;

/// <summary>One step of the demo as it ran.</summary>
/// <param name="Number">The step's number, from 1.</param>
/// <param name="Title">What the step shows, such as <c>SRP sign-in</c>.</param>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Line">What happened, with secrets shortened (or why it failed or was skipped).</param>
/// <param name="Elapsed">How long the step took.</param>
public sealed record DemoStepResult(int Number, string Title, DemoStepStatus Status, string Line, TimeSpan Elapsed);
