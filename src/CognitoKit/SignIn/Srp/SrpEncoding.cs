using System.Numerics;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// The byte and hex forms SRP values take on the wire and inside hashes.
/// </summary>
internal static class SrpEncoding
{
    /// <summary>
    /// The minimal big-endian two's-complement form every hashed SRP integer uses: no leading zero
    /// bytes, except one 0x00 when the top bit is set (Java's <c>BigInteger.toByteArray</c>).
    /// </summary>
    public static byte[] Pad(BigInteger value) => value.ToByteArray(isUnsigned: false, isBigEndian: true);

    /// <summary>Reads a hash (or any big-endian byte string) as an unsigned integer.</summary>
    public static BigInteger FromHash(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    /// <summary>Lowercase hex of a non-negative integer, without padding, as Cognito expects <c>SRP_A</c>.</summary>
    public static string ToHex(BigInteger value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        string hex = Convert.ToHexString(value.ToByteArray(isUnsigned: true, isBigEndian: true)).ToLowerInvariant();
        string trimmed = hex.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    /// <summary>
    /// Parses an unsigned hex integer as a server spells it: any case, odd length and leading zeros
    /// are fine; an empty string, a sign or any other character is a protocol error.
    /// </summary>
    /// <param name="hex">The text received.</param>
    /// <param name="parameterName">The wire name of the value (for example <c>SRP_B</c>), used in the error.</param>
    /// <exception cref="SrpProtocolException">The text is not unsigned hexadecimal.</exception>
    public static BigInteger ParseHex(string? hex, string parameterName)
    {
        if (string.IsNullOrEmpty(hex))
        {
            throw new SrpProtocolException(parameterName, $"{parameterName} is missing or empty.");
        }

        if (hex[0] is '-' or '+')
        {
            throw new SrpProtocolException(parameterName, $"{parameterName} must be an unsigned hexadecimal integer; a sign was found.");
        }

        foreach (char c in hex)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                throw new SrpProtocolException(parameterName, $"{parameterName} contains a character that is not hexadecimal.");
            }
        }

        byte[] bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : string.Concat("0", hex));
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }
}
