namespace CognitoKit.Demo;

/// <summary>Thrown by a step that cannot run where the demo runs; the message says why.</summary>
internal sealed class DemoStepSkippedException(string reason) : Exception(reason);
