using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// The individual SRP-6a steps as Cognito defines them; <see cref="PasswordClaim"/> strings them together.
/// </summary>
internal static class SrpMath
{
    private static readonly byte[] KeyDerivationInfo = Encoding.UTF8.GetBytes("Caldera Derived Key");

    /// <summary>The length of the derived HMAC key in bytes.</summary>
    public const int DerivedKeyLength = 16;

    /// <summary>u = H(pad(A) ‖ pad(B)).</summary>
    public static BigInteger ComputeU(BigInteger clientPublic, BigInteger serverPublic) =>
        SrpEncoding.FromHash(SHA256.HashData([.. SrpEncoding.Pad(clientPublic), .. SrpEncoding.Pad(serverPublic)]));

    /// <summary>H(UTF-8(prefix ‖ identity ‖ ":" ‖ password)); prefix is the pool name or device group key.</summary>
    public static byte[] ComputeInnerHash(string prefix, string identity, string password)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(string.Concat(prefix, identity, ":", password));
        try
        {
            return SHA256.HashData(utf8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(utf8);
        }
    }

    /// <summary>x = H(pad(salt) ‖ innerHash).</summary>
    public static BigInteger ComputeX(BigInteger salt, ReadOnlySpan<byte> innerHash) =>
        SrpEncoding.FromHash(SHA256.HashData([.. SrpEncoding.Pad(salt), .. innerHash]));

    /// <summary>S = (B − k·g^x mod N)^(a + u·x) mod N, with the base brought into [0, N).</summary>
    public static BigInteger ComputeS(BigInteger serverPublic, BigInteger x, BigInteger clientPrivate, BigInteger u) =>
        ComputeS(serverPublic, x, clientPrivate, u, SrpGroup.Arithmetic);

    /// <summary>S as <see cref="ComputeS(BigInteger, BigInteger, BigInteger, BigInteger)"/>, with the given arithmetic modulo N.</summary>
    public static BigInteger ComputeS(BigInteger serverPublic, BigInteger x, BigInteger clientPrivate, BigInteger u, IModularArithmetic arithmetic)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        BigInteger n = SrpGroup.N;
        BigInteger gx = arithmetic.PowerOfTwo(x);
        BigInteger b = BigInteger.Remainder(serverPublic - (SrpGroup.K * gx % n), n);
        if (b.Sign < 0)
        {
            b += n;
        }

        return arithmetic.ModPow(b, clientPrivate + (u * x));
    }

    /// <summary>HKDF-SHA256 with PRK = HMAC(pad(u), pad(S)) and info "Caldera Derived Key", 16 bytes.</summary>
    public static byte[] DeriveKey(BigInteger u, BigInteger premasterSecret) =>
        Hkdf(SrpEncoding.Pad(premasterSecret), SrpEncoding.Pad(u), KeyDerivationInfo, DerivedKeyLength);

    /// <summary>HKDF-SHA256 (RFC 5869).</summary>
    public static byte[] Hkdf(byte[] inputKeyMaterial, byte[] salt, byte[] info, int length) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, inputKeyMaterial, length, salt, info);

    /// <summary>Base64(HMAC-SHA256(key, UTF-8(prefix) ‖ UTF-8(identity) ‖ secretBlock ‖ UTF-8(timestamp))).</summary>
    public static string Sign(ReadOnlySpan<byte> key, string prefix, string identity, ReadOnlySpan<byte> secretBlock, string timestamp)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes(prefix), .. Encoding.UTF8.GetBytes(identity), .. secretBlock, .. Encoding.UTF8.GetBytes(timestamp)];
        return Convert.ToBase64String(HMACSHA256.HashData(key, message));
    }
}
