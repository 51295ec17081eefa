using System.Buffers;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// Strict base64url (RFC 4648 §5, unpadded) decoding into caller buffers, without allocating. Only the canonical
/// spelling is accepted (RFC 4648 §3.5): the unused low bits of a final partial group must be zero, so one byte string
/// has exactly one encoding and a signed token has exactly one spelling.
/// </summary>
internal static class Base64UrlDecoder
{
#if !NET9_0_OR_GREATER
    private const int StackChars = 1024;
#endif

    // The whole base64url alphabet: no padding, no whitespace (the runtime's decoders skip whitespace, so it is refused
    // here before they see it).
    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static int GetMaxDecodedLength(int encodedLength) => ((encodedLength + 3) / 4) * 3;

    /// <summary>Decodes <paramref name="source"/>; false when it holds anything outside the base64url alphabet (padding
    /// included), has an impossible length or is not the canonical spelling of its bytes.</summary>
    /// <remarks>
    /// Branch-free per character: the alphabet check and the decoding are the runtime's vectorized loops, so a token
    /// never seen before (whose characters the branch predictor cannot have learned) costs what a repeated one does.
    /// </remarks>
    public static bool TryDecode(ReadOnlySpan<char> source, Span<byte> destination, out int written)
    {
        written = 0;
        var remainder = source.Length % 4;
        if (remainder == 1 || source.ContainsAnyExcept(Alphabet))
        {
            return false;
        }

        // The last character of a 2- or 3-character group carries 4 or 2 bits that belong to no byte.
        if (remainder != 0 && (SextetOf(source[^1]) & (remainder == 2 ? 0b1111 : 0b11)) != 0)
        {
            return false;
        }

#if NET9_0_OR_GREATER
        return System.Buffers.Text.Base64Url.TryDecodeFromChars(source, destination, out written);
#else
        // .NET 8 has no base64url decoder: translate to the standard alphabet (vectorized replaces) and pad.
        var paddedLength = remainder == 0 ? source.Length : source.Length + (4 - remainder);
        char[]? rented = null;
        var buffer = paddedLength <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(paddedLength));
        buffer = buffer[..paddedLength];
        try
        {
            source.CopyTo(buffer);
            var encoded = buffer[..source.Length];
            encoded.Replace('-', '+');
            encoded.Replace('_', '/');
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
#endif
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
