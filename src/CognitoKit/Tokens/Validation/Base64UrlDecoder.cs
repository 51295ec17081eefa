using System.Buffers;

namespace CognitoKit.Tokens;

/// <summary>Strict base64url (RFC 4648 §5, unpadded) decoding into caller buffers, without allocating.</summary>
internal static class Base64UrlDecoder
{
    private const int StackChars = 1024;

    public static int GetMaxDecodedLength(int encodedLength) => ((encodedLength + 3) / 4) * 3;

    /// <summary>Decodes <paramref name="source"/>; false when it holds anything outside the base64url alphabet or has an impossible length.</summary>
    public static bool TryDecode(ReadOnlySpan<char> source, Span<byte> destination, out int written)
    {
        written = 0;
        var remainder = source.Length % 4;
        if (remainder == 1)
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

    /// <summary>Decodes a whole base64url string (used for JWKS values, off the hot path).</summary>
    public static byte[]? DecodeToArray(string source)
    {
        var buffer = new byte[GetMaxDecodedLength(source.Length)];
        return TryDecode(source, buffer, out var written) ? buffer.AsSpan(0, written).ToArray() : null;
    }
}
