using System.Text.Json;

namespace CognitoKit.Tokens;

/// <summary>Reads the JOSE header of a compact JWT: only <c>alg</c> and <c>kid</c> matter; <c>crit</c> is refused.</summary>
internal static class JwtHeaderReader
{
    public const int KidMissing = -1;
    public const int KidTooLong = -2;

    /// <summary>Returns null on success or a safe description of what is wrong.</summary>
    public static string? Read(ReadOnlySpan<byte> json, Span<byte> kidBuffer, out JwtAlgorithm algorithm, out int kidLength)
    {
        algorithm = JwtAlgorithm.Missing;
        kidLength = KidMissing;
        Span<ulong> seen = stackalloc ulong[32];
        var seenCount = 0;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "the JWT header is not a JSON object";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!DuplicateNameDetector.TryAdd(ref reader, seen, ref seenCount))
                {
                    return "the JWT header repeats a parameter";
                }

                if (reader.ValueTextEquals("alg"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return "the JWT header parameter 'alg' is not a string";
                    }

                    algorithm = reader.ValueTextEquals("RS256"u8) ? JwtAlgorithm.RS256 : JwtAlgorithm.Other;
                }
                else if (reader.ValueTextEquals("kid"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return "the JWT header parameter 'kid' is not a string";
                    }

                    var maxLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                    kidLength = maxLength > kidBuffer.Length ? KidTooLong : reader.CopyString(kidBuffer);
                }
                else if (reader.ValueTextEquals("crit"u8))
                {
                    return "the JWT header has 'crit' extensions, which are not supported";
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return "the JWT header has content after its JSON object";
            }

            return null;
        }
        catch (JsonException)
        {
            return "the JWT header is not valid JSON";
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 in a string fails only when the string is unescaped.
            return "the JWT header holds an invalid string";
        }
    }
}
