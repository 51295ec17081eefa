using System.Runtime.InteropServices;

namespace CognitoKit.SignIn.Srp.Native;

/// <summary>Owns one OpenSSL BIGNUM; releasing it wipes the digits (BN_clear_free), since most hold secrets.</summary>
internal sealed class BigNumHandle : SafeHandle
{
    private readonly LibCrypto _library;

    /// <summary>Takes ownership of <paramref name="handle"/> (which may be 0 when allocation failed).</summary>
    public BigNumHandle(LibCrypto library, nint handle)
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
        _library.ClearFree(handle);
        return true;
    }
}
