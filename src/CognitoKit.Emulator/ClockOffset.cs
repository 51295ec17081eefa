using System.Globalization;
using System.Text.RegularExpressions;

namespace CognitoKit.Emulator;

/// <summary>Reads <c>--clock-offset</c>: <c>+2h</c>, <c>-30m</c>, <c>90s</c>, <c>1d</c>, or a TimeSpan such as <c>-01:30:00</c>.</summary>
internal static partial class ClockOffset
{
    public static bool TryParse(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var match = Shorthand().Match(text);
        if (match.Success)
        {
            var amount = double.Parse(match.Groups["amount"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (match.Groups["sign"].Value == "-")
            {
                amount = -amount;
            }

            var days = match.Groups["unit"].Value switch
            {
                "d" => amount,
                "h" => amount / 24,
                "m" => amount / 1440,
                _ => amount / 86400,
            };
            if (Math.Abs(days) > 36500)
            {
                return false;
            }

            offset = TimeSpan.FromDays(days);
            return true;
        }

        // TimeSpan's invariant format, with an optional leading '+' for symmetry with the shorthand.
        var plain = text.StartsWith('+') ? text[1..] : text;
        return TimeSpan.TryParse(plain, CultureInfo.InvariantCulture, out offset);
    }

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<amount>\d+(\.\d+)?)(?<unit>[dhms])$", RegexOptions.CultureInvariant)]
    private static partial Regex Shorthand();
}
