using System.Runtime.InteropServices;

namespace CognitoKit.SignIn.Srp.Native;

/// <summary>Owns one OpenSSL BN_MONT_CTX (public constants of the modulus).</summary>
internal sealed class MontgomeryContextHandle : SafeHandle
{
    private readonly LibCrypto _library;

    /// <summary>Takes ownership of <paramref name="handle"/> (which may be 0 when allocation failed).</summary>
    public MontgomeryContextHandle(LibCrypto library, nint handle)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        _library = library;
        SetHandle(handle);
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        _library.FreeMontgomeryContext(handle);
        return true;
    }
}
