using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CognitoKit.SignIn.Srp.Native;

/// <summary>
/// The few BIGNUM entry points of the platform's libcrypto (OpenSSL 1.1 or 3) that SRP needs,
/// bound as unmanaged function pointers.
/// </summary>
/// <remarks>
/// Why function pointers rather than <c>[LibraryImport]</c>: the library name is only known once a
/// probe has found it, and redirecting a <c>LibraryImport</c> needs
/// <see cref="NativeLibrary.SetDllImportResolver"/>, of which an assembly may have only one; it
/// would silently claim that slot for all of CognitoKit. Binding every export up front also means
/// a libcrypto lacking one is rejected at load time (and the managed code used) rather than
/// failing mid sign-in. Every parameter is blittable, so no marshalling stub is generated either
/// way, and this is trimming- and NativeAOT-safe.
/// </remarks>
internal sealed unsafe class LibCrypto
{
    private const int ConstantTimeFlag = 0x04; // BN_FLG_CONSTTIME

    private readonly delegate* unmanaged<nint> _bnNew;
    private readonly delegate* unmanaged<nint, void> _bnClearFree;
    private readonly delegate* unmanaged<byte*, int, nint, nint> _bnBin2Bn;
    private readonly delegate* unmanaged<nint, byte*, int, int> _bnBn2BinPad;
    private readonly delegate* unmanaged<nint, int, void> _bnSetFlags;
    private readonly delegate* unmanaged<nint> _bnCtxNew;
    private readonly delegate* unmanaged<nint, void> _bnCtxFree;
    private readonly delegate* unmanaged<nint> _bnMontCtxNew;
    private readonly delegate* unmanaged<nint, nint, nint, int> _bnMontCtxSet;
    private readonly delegate* unmanaged<nint, void> _bnMontCtxFree;
    private readonly delegate* unmanaged<nint, nint, nint, nint, nint, nint, int> _bnModExpMontConstTime;

    private LibCrypto(string libraryName, nint library)
    {
        LibraryName = libraryName;
        _bnNew = (delegate* unmanaged<nint>)NativeLibrary.GetExport(library, "BN_new");
        _bnClearFree = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "BN_clear_free");
        _bnBin2Bn = (delegate* unmanaged<byte*, int, nint, nint>)NativeLibrary.GetExport(library, "BN_bin2bn");
        _bnBn2BinPad = (delegate* unmanaged<nint, byte*, int, int>)NativeLibrary.GetExport(library, "BN_bn2binpad");
        _bnSetFlags = (delegate* unmanaged<nint, int, void>)NativeLibrary.GetExport(library, "BN_set_flags");
        _bnCtxNew = (delegate* unmanaged<nint>)NativeLibrary.GetExport(library, "BN_CTX_new");
        _bnCtxFree = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "BN_CTX_free");
        _bnMontCtxNew = (delegate* unmanaged<nint>)NativeLibrary.GetExport(library, "BN_MONT_CTX_new");
        _bnMontCtxSet = (delegate* unmanaged<nint, nint, nint, int>)NativeLibrary.GetExport(library, "BN_MONT_CTX_set");
        _bnMontCtxFree = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "BN_MONT_CTX_free");
        _bnModExpMontConstTime = (delegate* unmanaged<nint, nint, nint, nint, nint, nint, int>)NativeLibrary.GetExport(library, "BN_mod_exp_mont_consttime");
    }

    /// <summary>The name the library was loaded by (for example <c>libcrypto.so.3</c>).</summary>
    public string LibraryName { get; }

    /// <summary>The libraries probed on this operating system, most preferred first (see <see cref="CandidateNames(OSPlatform)"/>).</summary>
    public static IReadOnlyList<string> CandidateNames() =>
        OperatingSystem.IsLinux() ? CandidateNames(OSPlatform.Linux)
        : OperatingSystem.IsFreeBSD() ? CandidateNames(OSPlatform.FreeBSD)
        : OperatingSystem.IsMacOS() ? CandidateNames(OSPlatform.OSX)
        : [];

    /// <summary>
    /// The libraries probed on <paramref name="platform"/>, most preferred first. Only versioned OpenSSL: on macOS the
    /// system's unversioned <c>libcrypto.dylib</c> is LibreSSL and aborts processes that load it, and on Windows no
    /// libcrypto ships with the system, so a DLL found on the search path is not trusted.
    /// </summary>
    /// <remarks>
    /// The rule for where a library may come from: a candidate is either an absolute path or, on Linux and FreeBSD only,
    /// a bare soname. A bare name goes to <c>dlopen</c> as it is; the ELF loader then looks only in
    /// <c>LD_LIBRARY_PATH</c>, the executable's run path, <c>ld.so.cache</c> and the system directories, never in the
    /// current directory, and whoever can set <c>LD_LIBRARY_PATH</c> already controls the process. macOS's <c>dlopen</c>
    /// looks for a bare name in the current directory and in <c>DYLD_*</c> paths, so there every candidate is an
    /// absolute path: Homebrew's (Apple silicon and Intel) and MacPorts' OpenSSL. The self-test in
    /// <see cref="OpenSslModulus"/> still checks whatever loads.
    /// </remarks>
    internal static IReadOnlyList<string> CandidateNames(OSPlatform platform)
    {
        if (platform == OSPlatform.Linux || platform == OSPlatform.FreeBSD)
        {
            return ["libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so.111", "libcrypto.so"];
        }

        if (platform == OSPlatform.OSX)
        {
            return
            [
                "/opt/homebrew/opt/openssl@3/lib/libcrypto.3.dylib",
                "/usr/local/opt/openssl@3/lib/libcrypto.3.dylib",
                "/opt/local/lib/libcrypto.3.dylib",
                "/opt/homebrew/opt/openssl@1.1/lib/libcrypto.1.1.dylib",
                "/usr/local/opt/openssl@1.1/lib/libcrypto.1.1.dylib",
            ];
        }

        return [];
    }

    /// <summary>Loads the first candidate that exports every function needed, or returns null.</summary>
    public static LibCrypto? TryLoad() => TryLoad(CandidateNames());

    /// <summary>Loads the first of <paramref name="candidates"/> that exports every function needed, or returns null.</summary>
    public static LibCrypto? TryLoad(IEnumerable<string> candidates)
    {
        foreach (string name in candidates)
        {
            if (!NativeLibrary.TryLoad(name, out nint library))
            {
                continue;
            }

            try
            {
                // The library stays loaded for the life of the process once bound.
                return new LibCrypto(name, library);
            }
            catch (EntryPointNotFoundException)
            {
                NativeLibrary.Free(library);
            }
        }

        return null;
    }

    /// <summary>A fresh, empty BIGNUM.</summary>
    public BigNumHandle NewBigNum() => Check(new BigNumHandle(this, _bnNew()), "BN_new");

    /// <summary>A BIGNUM holding a non-negative value; the intermediate bytes are wiped.</summary>
    public BigNumHandle FromBigInteger(BigInteger value)
    {
        int length = value.GetByteCount(isUnsigned: true);
        Span<byte> bytes = length <= 512 ? stackalloc byte[512] : new byte[length];
        bytes = bytes[..length];
        nint raw;
        try
        {
            value.TryWriteBytes(bytes, out int written, isUnsigned: true, isBigEndian: true);
            fixed (byte* p = bytes)
            {
                raw = _bnBin2Bn(p, written, 0);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }

        // Wrapped only now, after the bytes are wiped: nothing between BN_bin2bn and the handle can throw.
        return Check(new BigNumHandle(this, raw), "BN_bin2bn");
    }

    /// <summary>Reads a BIGNUM of at most <paramref name="length"/> bytes; the intermediate bytes are wiped.</summary>
    public BigInteger ToBigInteger(BigNumHandle value, int length)
    {
        Span<byte> bytes = length <= 512 ? stackalloc byte[512] : new byte[length];
        bytes = bytes[..length];
        try
        {
            fixed (byte* p = bytes)
            {
                if (_bnBn2BinPad(value.DangerousGetHandle(), p, length) != length)
                {
                    throw new CryptographicException("libcrypto's BN_bn2binpad failed.");
                }
            }

            return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Asks OpenSSL to treat a value as secret (constant-time code paths only).</summary>
    public void SetConstantTime(BigNumHandle value) => _bnSetFlags(value.DangerousGetHandle(), ConstantTimeFlag);

    /// <summary>A fresh BN_CTX (scratch space; not thread-safe, so one per operation).</summary>
    public BnContextHandle NewContext() => Check(new BnContextHandle(this, _bnCtxNew()), "BN_CTX_new");

    /// <summary>Montgomery constants for <paramref name="modulus"/>; immutable afterwards, so shareable across threads.</summary>
    public MontgomeryContextHandle NewMontgomeryContext(BigNumHandle modulus)
    {
        MontgomeryContextHandle mont = Check(new MontgomeryContextHandle(this, _bnMontCtxNew()), "BN_MONT_CTX_new");
        using BnContextHandle ctx = NewContext();
        if (_bnMontCtxSet(mont.DangerousGetHandle(), modulus.DangerousGetHandle(), ctx.DangerousGetHandle()) != 1)
        {
            mont.Dispose();
            throw new CryptographicException("libcrypto's BN_MONT_CTX_set failed.");
        }

        return mont;
    }

    /// <summary>result = value^exponent mod modulus in constant time (BN_mod_exp_mont_consttime).</summary>
    public void ModExpConstantTime(
        BigNumHandle result, BigNumHandle value, BigNumHandle exponent, BigNumHandle modulus, BnContextHandle ctx, MontgomeryContextHandle mont)
    {
        int ok = _bnModExpMontConstTime(
            result.DangerousGetHandle(),
            value.DangerousGetHandle(),
            exponent.DangerousGetHandle(),
            modulus.DangerousGetHandle(),
            ctx.DangerousGetHandle(),
            mont.DangerousGetHandle());
        if (ok != 1)
        {
            throw new CryptographicException("libcrypto's BN_mod_exp_mont_consttime failed.");
        }
    }

    internal void ClearFree(nint bigNum) => _bnClearFree(bigNum);

    internal void FreeContext(nint ctx) => _bnCtxFree(ctx);

    internal void FreeMontgomeryContext(nint mont) => _bnMontCtxFree(mont);

    private static T Check<T>(T handle, string function)
        where T : SafeHandle
    {
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new CryptographicException($"libcrypto's {function} returned no object (out of memory?).");
        }

        return handle;
    }
}
