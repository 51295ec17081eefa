namespace CognitoKit.Demo;

/// <summary>Thrown by a step that ran but did not see what it shows; the message says what was wrong.</summary>
internal sealed class DemoCheckFailedException(string message) : Exception(message);
