using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace CognitoKit.Testing.Srp;

/// <summary>The 3072-bit group Cognito uses (RFC 3526 group 15, g = 2, SHA-256) and its encodings.</summary>
internal static class SrpGroup
{
    private const string NHex =
        "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";

    public static readonly BigInteger N = BigInteger.Parse("0" + NHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public static readonly BigInteger G = 2;

    /// <summary>k = H(pad(N) ‖ pad(g)).</summary>
    public static readonly BigInteger K = FromBytes(Hash(Pad(N), Pad(G)));

    /// <summary>Minimal big-endian two's complement: the form every hashed integer takes.</summary>
    public static byte[] Pad(BigInteger value) => value.ToByteArray(isUnsigned: false, isBigEndian: true);

    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    public static byte[] Hash(params byte[][] parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(part);
        }

        return sha.GetHashAndReset();
    }

    /// <summary>Parses an unsigned hex integer as clients and servers spell it (odd length, leading zeros, either case).</summary>
    public static bool TryParseHex(string? hex, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (string.IsNullOrEmpty(hex) || hex.Length > 2048 || !hex.All(Uri.IsHexDigit))
        {
            return false;
        }

        value = BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Lower-case hex of the minimal two's-complement bytes, as Cognito sends SRP_B and SALT.</summary>
    public static string ToHex(BigInteger value) => Convert.ToHexString(Pad(value)).ToLowerInvariant();

    /// <summary>x = H(pad(salt) ‖ H(UTF-8(prefix ‖ name ‖ ":" ‖ password))).</summary>
    public static BigInteger ComputeX(BigInteger salt, string prefix, string name, string password)
    {
        var inner = Hash(System.Text.Encoding.UTF8.GetBytes(prefix + name + ":" + password));
        return FromBytes(Hash(Pad(salt), inner));
    }
}
