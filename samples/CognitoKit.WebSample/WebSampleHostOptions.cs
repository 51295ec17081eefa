namespace CognitoKit.WebSample;

/// <summary>What a test (or a demo) changes when it starts the sample; the command line covers everything else.</summary>
public sealed class WebSampleHostOptions
{
    /// <summary>
    /// One clock for the app and, with the emulator, for the emulator too, so a test can move time (a FakeTimeProvider).
    /// Null (the default): each uses the system clock.
    /// </summary>
    public TimeProvider? TimeProvider { get; init; }
}
