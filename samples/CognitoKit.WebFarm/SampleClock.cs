namespace CognitoKit.WebFarm;

/// <summary>A clock the sample moves forward by hand, shared by the emulator and every instance, so tokens expire on cue.</summary>
internal sealed class SampleClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
