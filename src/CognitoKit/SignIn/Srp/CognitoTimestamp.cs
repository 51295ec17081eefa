using System.Globalization;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// The <c>TIMESTAMP</c> of a password claim: <c>ddd MMM d HH:mm:ss 'UTC' yyyy</c> in English, UTC,
/// day of month not zero-padded (for example <c>Sat Jan 1 00:00:00 UTC 2022</c>).
/// </summary>
internal static class CognitoTimestamp
{
    private const string Pattern = "ddd MMM d HH:mm:ss 'UTC' yyyy";

    // Invariant names with an explicit Gregorian calendar: the current culture (th-TH's Buddhist
    // calendar, ar-SA's Hijri calendar, localized day names) would make Cognito reject the claim.
    private static readonly DateTimeFormatInfo GregorianInvariant = CreateFormat();

    /// <summary>Formats an instant (converted to UTC) as Cognito expects.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Pattern, GregorianInvariant);

    /// <summary>Formats the current time of <paramref name="timeProvider"/>.</summary>
    public static string Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Format(timeProvider.GetUtcNow());
    }

    private static DateTimeFormatInfo CreateFormat()
    {
        var format = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        format.Calendar = new GregorianCalendar();
        return DateTimeFormatInfo.ReadOnly(format);
    }
}
