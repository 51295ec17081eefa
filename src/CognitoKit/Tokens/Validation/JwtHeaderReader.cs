using System.Buffers;
using System.Text.Json;

namespace CognitoKit.Tokens.Validation;

/// <summary>Reads the JOSE header of a compact JWT: only <c>alg</c> and <c>kid</c> matter; <c>crit</c> is refused.</summary>
internal static class JwtHeaderReader
{
    public const int KidMissing = -1;
    public const int KidTooLong = -2;

    /// <summary>Copies the unescaped kid; the limit applies to the value, not to how many JSON escapes spell it.</summary>
    private static int ReadKid(ref Utf8JsonReader reader, Span<byte> kidBuffer)
    {
        var rawLength = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (rawLength <= kidBuffer.Length)
        {
            return reader.CopyString(kidBuffer);
        }

        if (!reader.ValueIsEscaped)
        {
            return KidTooLong;
        }

        // Unescaping never lengthens a string, so the raw length bounds the decoded one.
        var rented = ArrayPool<byte>.Shared.Rent(rawLength);
        try
        {
            var length = reader.CopyString(rented);
            if (length > kidBuffer.Length)
            {
                return KidTooLong;
            }

            rented.AsSpan(0, length).CopyTo(kidBuffer);
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

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
                switch (DuplicateNameDetector.TryAdd(ref reader, seen, ref seenCount))
                {
                    case NameAddResult.Repeated:
                        return "the JWT header repeats a parameter";
                    case NameAddResult.TooMany:
                        return $"the JWT header has more than {seen.Length} parameters";
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

                    kidLength = ReadKid(ref reader, kidBuffer);
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
