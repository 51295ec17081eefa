using System.Numerics;
using System.Runtime.InteropServices;

namespace CognitoKit.Benchmarks;

/// <summary>OpenSSL's <c>BN_mod_exp</c> through libcrypto.so.3: the practical speed limit for the same arithmetic.</summary>
internal static unsafe partial class OpenSslModExp
{
    private const string Library = "libcrypto.so.3";
    private static readonly Lazy<bool> Available = new(() => NativeLibrary.TryLoad(Library, out _));

    public static bool IsAvailable => Available.Value;

    /// <summary>The loaded library's own version text, for example <c>OpenSSL 3.0.17 1 Jul 2025</c>.</summary>
    public static string Version => IsAvailable ? Marshal.PtrToStringUTF8(OpenSSL_version(0)) ?? "?" : "not loaded";

    public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
    {
        if (!IsAvailable)
        {
            throw new NotSupportedException("libcrypto.so.3 is not present.");
        }

        IntPtr ctx = BN_CTX_new();
        IntPtr result = BN_new();
        IntPtr v = ToBn(value);
        IntPtr e = ToBn(exponent);
        IntPtr m = ToBn(modulus);
        try
        {
            if (BN_mod_exp(result, v, e, m, ctx) != 1)
            {
                throw new InvalidOperationException("BN_mod_exp failed.");
            }

            byte[] bytes = new byte[(BN_num_bits(result) + 7) / 8];
            fixed (byte* p = bytes)
            {
                BN_bn2bin(result, p);
            }

            return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        }
        finally
        {
            BN_free(v);
            BN_free(e);
            BN_free(m);
            BN_free(result);
            BN_CTX_free(ctx);
        }
    }

    private static IntPtr ToBn(BigInteger value)
    {
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        fixed (byte* p = bytes)
        {
            return BN_bin2bn(p, bytes.Length, IntPtr.Zero);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr OpenSSL_version(int type);

    [LibraryImport(Library)]
    private static partial IntPtr BN_new();

    [LibraryImport(Library)]
    private static partial void BN_free(IntPtr bn);

    [LibraryImport(Library)]
    private static partial IntPtr BN_CTX_new();

    [LibraryImport(Library)]
    private static partial void BN_CTX_free(IntPtr ctx);

    [LibraryImport(Library)]
    private static partial IntPtr BN_bin2bn(byte* s, int len, IntPtr ret);

    [LibraryImport(Library)]
    private static partial int BN_bn2bin(IntPtr a, byte* to);

    [LibraryImport(Library)]
    private static partial int BN_num_bits(IntPtr a);

    [LibraryImport(Library)]
    private static partial int BN_mod_exp(IntPtr r, IntPtr a, IntPtr p, IntPtr m, IntPtr ctx);
}
