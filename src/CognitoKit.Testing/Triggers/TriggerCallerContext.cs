namespace CognitoKit.Testing;

/// <summary>The <c>callerContext</c> of a trigger event.</summary>
public sealed class TriggerCallerContext
{
    /// <summary>The SDK version that made the request (the emulator sends its own marker).</summary>
    public string AwsSdkVersion { get; set; } = "cognitokit-emulator";

    /// <summary>The app client of the request; null for admin operations without one.</summary>
    public string? ClientId { get; set; }
}
