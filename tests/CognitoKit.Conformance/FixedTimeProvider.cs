namespace CognitoKit.Conformance;

/// <summary>A clock that always reads the same instant, so a vector file fixes "now" for every case.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
