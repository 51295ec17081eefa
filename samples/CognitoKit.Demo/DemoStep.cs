namespace CognitoKit.Demo;

/// <summary>One step of the story: what it shows, what it needs from the steps before it, and what it does.</summary>
/// <param name="Title">What the step shows, such as <c>SRP sign-in</c>.</param>
/// <param name="Blocker">Why the step cannot run yet (a step it needs did not happen), or null when it can.</param>
/// <param name="RunAsync">Does the step and returns its one line; throws <see cref="DemoStepSkippedException"/> to skip.</param>
internal sealed record DemoStep(
    string Title,
    Func<DemoContext, string?> Blocker,
    Func<DemoContext, CancellationToken, Task<string>> RunAsync);
