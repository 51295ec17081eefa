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
    /// <remarks>
    /// The password is encoded into a buffer of its own and the parts copied into one buffer, both wiped afterwards,
    /// rather than joined into a string first: a string holding the password could not be wiped. (Prefix and identity
    /// are ASCII ids, so encoding them apart gives the same bytes as encoding them joined.)
    /// </remarks>
    public static byte[] ComputeInnerHash(string prefix, string identity, string password)
    {
        byte[] passwordUtf8 = Encoding.UTF8.GetBytes(password);
        try
        {
            return ComputeInnerHash(prefix, identity, passwordUtf8);
        }
        finally
        {
            SecretBytes.Wipe(passwordUtf8, "password");
        }
    }

    /// <summary>
    /// H(UTF-8(prefix ‖ identity ‖ ":") ‖ <paramref name="passwordUtf8"/>), for a password that only ever exists as bytes
    /// (a device password thrown away once its verifier is made).
    /// </summary>
    public static byte[] ComputeInnerHash(string prefix, string identity, ReadOnlySpan<byte> passwordUtf8)
    {
        Encoding utf8 = Encoding.UTF8;
        byte[] input = new byte[utf8.GetByteCount(prefix) + utf8.GetByteCount(identity) + 1 + passwordUtf8.Length];
        try
        {
            int written = utf8.GetBytes(prefix, input);
            written += utf8.GetBytes(identity, input.AsSpan(written));
            input[written++] = (byte)':';
            passwordUtf8.CopyTo(input.AsSpan(written));
            return SHA256.HashData(input);
        }
        finally
        {
            SecretBytes.Wipe(input, "identity:password");
        }
    }

    /// <summary>x = H(pad(salt) ‖ innerHash).</summary>
    public static BigInteger ComputeX(BigInteger salt, ReadOnlySpan<byte> innerHash)
    {
        byte[] paddedSalt = SrpEncoding.Pad(salt);
        byte[] input = new byte[paddedSalt.Length + innerHash.Length];
        byte[] x = new byte[SHA256.HashSizeInBytes];
        try
        {
            paddedSalt.CopyTo(input, 0);
            innerHash.CopyTo(input.AsSpan(paddedSalt.Length));
            SHA256.HashData(input, x);
            return SrpEncoding.FromHash(x);
        }
        finally
        {
            SecretBytes.Wipe(input, "salted password hash");
            SecretBytes.Wipe(x, "x");
        }
    }

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
    public static byte[] DeriveKey(BigInteger u, BigInteger premasterSecret)
    {
        byte[] paddedS = SrpEncoding.Pad(premasterSecret);
        try
        {
            return Hkdf(paddedS, SrpEncoding.Pad(u), KeyDerivationInfo, DerivedKeyLength);
        }
        finally
        {
            SecretBytes.Wipe(paddedS, "S");
        }
    }

    /// <summary>HKDF-SHA256 (RFC 5869), in its two steps so the pseudorandom key between them can be wiped.</summary>
    public static byte[] Hkdf(byte[] inputKeyMaterial, byte[] salt, byte[] info, int length)
    {
        byte[] prk = new byte[SHA256.HashSizeInBytes];
        try
        {
            HKDF.Extract(HashAlgorithmName.SHA256, inputKeyMaterial, salt, prk);
            byte[] key = new byte[length];
            HKDF.Expand(HashAlgorithmName.SHA256, prk, key, info);
            return key;
        }
        finally
        {
            SecretBytes.Wipe(prk, "HKDF pseudorandom key");
        }
    }

    /// <summary>Base64(HMAC-SHA256(key, UTF-8(prefix) ‖ UTF-8(identity) ‖ secretBlock ‖ UTF-8(timestamp))).</summary>
    public static string Sign(ReadOnlySpan<byte> key, string prefix, string identity, ReadOnlySpan<byte> secretBlock, string timestamp)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes(prefix), .. Encoding.UTF8.GetBytes(identity), .. secretBlock, .. Encoding.UTF8.GetBytes(timestamp)];
        return Convert.ToBase64String(HMACSHA256.HashData(key, message));
    }
}
