using System.Globalization;

namespace CognitoKit.Demo;

/// <summary>How the demo prints values: secrets only as a prefix and a length, times in UTC.</summary>
internal static class Shown
{
    /// <summary>A secret as its first characters and its length, such as <c>eyJraWQi…(812 chars)</c>.</summary>
    /// <param name="secret">The secret.</param>
    /// <param name="keep">How many leading characters to show; fewer for short values, so most of a value is never shown.</param>
    /// <returns>The shortened form.</returns>
    public static string Secret(string? secret, int keep = 8)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return "(none)";
        }

        int shown = Math.Min(keep, secret.Length / 4);
        return string.Create(CultureInfo.InvariantCulture, $"{secret[..shown]}…({secret.Length} chars)");
    }

    /// <summary>A text with every occurrence of <paramref name="secret"/> (raw or URL-escaped) shortened.</summary>
    /// <param name="text">The text, such as an <c>otpauth://</c> URI.</param>
    /// <param name="secret">The secret inside it.</param>
    /// <returns>The text, safe to print.</returns>
    public static string SecretIn(string text, string secret) =>
        text.Replace(Uri.EscapeDataString(secret), Secret(secret, 4), StringComparison.Ordinal)
            .Replace(secret, Secret(secret, 4), StringComparison.Ordinal);

    /// <summary>A time as <c>HH:mm:ssZ</c> (UTC).</summary>
    /// <param name="time">The time.</param>
    /// <returns>The formatted time, or <c>?</c>.</returns>
    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?";

    /// <summary>A duration for the step lines: milliseconds below ten seconds, else seconds.</summary>
    /// <param name="elapsed">The duration.</param>
    /// <returns>Such as <c>42 ms</c> or <c>12.3 s</c>.</returns>
    public static string Duration(TimeSpan elapsed) => elapsed < TimeSpan.FromSeconds(10)
        ? string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s");
}
