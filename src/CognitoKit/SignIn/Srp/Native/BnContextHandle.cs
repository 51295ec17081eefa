using System.Runtime.InteropServices;

namespace CognitoKit.SignIn.Srp.Native;

/// <summary>Owns one OpenSSL BN_CTX; BN_CTX_free wipes the temporaries it pooled.</summary>
internal sealed class BnContextHandle : SafeHandle
{
    private readonly LibCrypto _library;

    /// <summary>Takes ownership of <paramref name="handle"/> (which may be 0 when allocation failed).</summary>
    public BnContextHandle(LibCrypto library, nint handle)
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
        _library.FreeContext(handle);
        return true;
    }
}
