namespace CognitoKit.Emulator;

/// <summary>The system clock shifted by a fixed offset: the emulator's notion of now (token expiry, TOTP, codes).</summary>
internal sealed class OffsetTimeProvider(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;
}
