using System.Buffers;
using System.Text.Json;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// Reads one top-level claim of a JWT payload without checking the signature, for tokens this process already trusts
/// or hands on to Cognito unchanged (its own session's tokens, a login another service validates). The payload is held
/// to the validator's rules: three strict base64url segments, one JSON object, and a claim named twice counts as absent,
/// so two readers can never disagree about which value a token carries.
/// </summary>
internal static class UnverifiedJwtReader
{
    /// <summary>The string value of <paramref name="claim"/>; null when the token is unreadable or the claim is absent,
    /// repeated or not a string, and when it is empty unless <paramref name="keepEmpty"/>.</summary>
    public static string? ReadString(string? jwt, string claim, bool keepEmpty = false)
    {
        string? value = null;
        return Read(jwt, claim, ref value, out _) && (keepEmpty ? value is not null : !string.IsNullOrEmpty(value)) ? value : null;
    }

    /// <summary>The integer value of <paramref name="claim"/> (a NumericDate such as <c>exp</c>); null when the token
    /// is unreadable or the claim is absent, repeated or not an integer.</summary>
    public static long? ReadInteger(string? jwt, string claim)
    {
        string? ignored = null;
        return Read(jwt, claim, ref ignored, out long? number) ? number : null;
    }

    /// <summary>Which of <paramref name="candidates"/> (UTF-8) the string value of <paramref name="claim"/> equals, without
    /// allocating it; -1 when the token is unreadable, the claim absent, repeated or not a string, or no candidate matches.</summary>
    public static int IndexOfString(string? jwt, string claim, byte[][] candidates)
    {
        string? ignored = null;
        return Read(jwt, claim, ref ignored, out _, candidates, out var index) ? index : -1;
    }

    /// <summary>Whether <paramref name="jwt"/> has three segments whose payload is one JSON object.</summary>
    public static bool IsReadable(string? jwt)
    {
        string? ignored = null;
        return Read(jwt, string.Empty, ref ignored, out _);
    }

    private static bool Read(string? jwt, string claim, ref string? text, out long? number) =>
        Read(jwt, claim, ref text, out number, null, out _);

    private static bool Read(string? jwt, string claim, ref string? text, out long? number, byte[][]? candidates, out int candidate)
    {
        number = null;
        candidate = -1;
        if (string.IsNullOrEmpty(jwt) || jwt.Length > CognitoTokenValidator.MaxTokenLength)
        {
            return false;
        }

        var first = jwt.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : jwt.IndexOf('.', first + 1);
        if (first <= 0 || second < 0 || jwt.IndexOf('.', second + 1) >= 0)
        {
            return false;
        }

        var segment = jwt.AsSpan(first + 1, second - first - 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Base64UrlDecoder.GetMaxDecodedLength(segment.Length)));
        try
        {
            if (!Base64UrlDecoder.TryDecode(segment, buffer, out var length))
            {
                return false;
            }

            return ReadClaim(buffer.AsSpan(0, length), claim, ref text, out number, candidates, out candidate);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    private static bool ReadClaim(
        ReadOnlySpan<byte> json, string claim, ref string? text, out long? number, byte[][]? candidates, out int candidate)
    {
        number = null;
        candidate = -1;
        var found = false;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 32 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = claim.Length > 0 && reader.ValueTextEquals(claim);
                reader.Read();
                if (match)
                {
                    if (found)
                    {
                        // Named twice: parsers differ on which one wins, so neither does.
                        text = null;
                        number = null;
                        candidate = -1;
                        return false;
                    }

                    found = true;
                    if (reader.TokenType == JsonTokenType.String && candidates is not null)
                    {
                        for (var i = 0; i < candidates.Length && candidate < 0; i++)
                        {
                            if (reader.ValueTextEquals(candidates[i]))
                            {
                                candidate = i;
                            }
                        }
                    }
                    else if (reader.TokenType == JsonTokenType.String)
                    {
                        text = reader.GetString();
                    }
                    else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
                    {
                        number = value;
                    }
                }

                reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        return claim.Length == 0 || found;
    }
}
