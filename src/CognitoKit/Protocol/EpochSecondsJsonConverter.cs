using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CognitoKit.Protocol;

/// <summary>
/// AWS JSON 1.1 timestamps (<c>DateType</c>): seconds since the Unix epoch as a JSON number, which Cognito writes as an
/// integer, with a fraction, or in exponent form (<c>1.659377625E9</c>). Also accepted: the same number, or an ISO 8601
/// date, in a string (emulators are not always strict). Written as epoch seconds, with milliseconds only when present.
/// </summary>
internal sealed class EpochSecondsJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out long whole))
                {
                    return FromSeconds(whole);
                }

                return FromSeconds(reader.GetDecimal());
            case JsonTokenType.String:
                string text = reader.GetString() ?? string.Empty;
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal seconds))
                {
                    return FromSeconds(seconds);
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
                {
                    return parsed;
                }

                throw new JsonException("A timestamp string is neither epoch seconds nor an ISO 8601 date.");
            default:
                throw new JsonException($"A timestamp must be a number of epoch seconds, not {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        long ms = value.ToUnixTimeMilliseconds();
        if (ms % 1000 == 0)
        {
            writer.WriteNumberValue(ms / 1000);
        }
        else
        {
            writer.WriteNumberValue(ms / 1000m);
        }
    }

    private static DateTimeOffset FromSeconds(decimal seconds)
    {
        // decimal keeps 1.659377625E9 exact; milliseconds are the precision AWS uses.
        decimal ms = decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero);
        if (ms < -62135596800000m || ms > 253402300799999m)
        {
            throw new JsonException("A timestamp is outside the range of dates.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)ms);
    }

    private static DateTimeOffset FromSeconds(long seconds) => FromSeconds((decimal)seconds);
}
