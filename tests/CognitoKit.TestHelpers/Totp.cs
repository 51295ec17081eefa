#pragma warning disable CA5350 // TOTP (RFC 6238) is defined over HMAC-SHA1.

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CognitoKit.TestHelpers;

/// <summary>
/// RFC 6238 codes (SHA-1, 6 digits, 30 s), as an authenticator app would show for a Cognito secret: an implementation
/// independent of the emulator's, for peers such as cognito-local.
/// </summary>
public static class Totp
{
    /// <summary>The code for <paramref name="base32Secret"/> at <paramref name="at"/>.</summary>
    public static string Code(string base32Secret, DateTimeOffset at)
    {
        byte[] key = Base32(base32Secret);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        byte[] hash = HMACSHA1.HashData(key, counter);
        int offset = hash[^1] & 0x0F;
        int value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0;
        int bits = 0;
        foreach (char c in text.TrimEnd('=').ToUpperInvariant())
        {
            int index = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new FormatException("Not base32: " + c);
            }

            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
