using System.Buffers;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// Strict base64url (RFC 4648 §5, unpadded) decoding into caller buffers, without allocating. Only the canonical
/// spelling is accepted (RFC 4648 §3.5): the unused low bits of a final partial group must be zero, so one byte string
/// has exactly one encoding and a signed token has exactly one spelling.
/// </summary>
internal static class Base64UrlDecoder
{
    private const int StackChars = 1024;

    public static int GetMaxDecodedLength(int encodedLength) => ((encodedLength + 3) / 4) * 3;

    /// <summary>Decodes <paramref name="source"/>; false when it holds anything outside the base64url alphabet (padding
    /// included), has an impossible length or is not the canonical spelling of its bytes.</summary>
    public static bool TryDecode(ReadOnlySpan<char> source, Span<byte> destination, out int written)
    {
        written = 0;
        var remainder = source.Length % 4;
        if (remainder == 1)
        {
            return false;
        }

        // The last character of a 2- or 3-character group carries 4 or 2 bits that belong to no byte.
        if (remainder != 0 && (SextetOf(source[^1]) & (remainder == 2 ? 0b1111 : 0b11)) != 0)
        {
            return false;
        }

        var paddedLength = remainder == 0 ? source.Length : source.Length + (4 - remainder);
        char[]? rented = null;
        var buffer = paddedLength <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(paddedLength));
        buffer = buffer[..paddedLength];
        try
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if ((uint)(c - 'A') <= 'Z' - 'A' || (uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= '9' - '0')
                {
                    buffer[i] = c;
                }
                else if (c == '-')
                {
                    buffer[i] = '+';
                }
                else if (c == '_')
                {
                    buffer[i] = '/';
                }
                else
                {
                    return false;
                }
            }

            buffer[source.Length..].Fill('=');
            return Convert.TryFromBase64Chars(buffer, destination, out written);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Characters outside the alphabet map to 0 here; the main loop refuses them anyway.
    private static int SextetOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => 0,
    };

    /// <summary>Decodes a whole base64url string (used for JWKS values, off the hot path).</summary>
    public static byte[]? DecodeToArray(string source)
    {
        var buffer = new byte[GetMaxDecodedLength(source.Length)];
        return TryDecode(source, buffer, out var written) ? buffer.AsSpan(0, written).ToArray() : null;
    }
}
