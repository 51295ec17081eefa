using System.Globalization;

namespace CognitoKit.Testing.Srp;

/// <summary>The TIMESTAMP of a PASSWORD_VERIFIER answer: <c>ddd MMM d HH:mm:ss UTC yyyy</c>, invariant culture.</summary>
internal static class SrpTimestamp
{
    private const string Format = "ddd MMM d HH:mm:ss 'UTC' yyyy";

    /// <summary>How far the client's clock may be from the emulator's.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static string FormatUtc(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static bool IsWithinWindow(string? timestamp, DateTimeOffset now)
    {
        if (timestamp is null || !DateTime.TryParseExact(timestamp, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        var difference = new DateTimeOffset(parsed, TimeSpan.Zero) - now;
        return difference.Duration() <= Window;
    }
}
