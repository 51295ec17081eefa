using System.Numerics;
using System.Security.Cryptography;

namespace CognitoKit.SignIn.Srp.Native;

/// <summary>
/// Modular exponentiation through libcrypto's constant-time <c>BN_mod_exp_mont_consttime</c>,
/// with the Montgomery constants of the modulus computed once.
/// </summary>
/// <remarks>
/// OpenSSL's assembly kernels (mulx/adx on x86-64) are roughly three times faster than the
/// managed Montgomery code. Every BIGNUM is owned by a SafeHandle that wipes it on release, and
/// each call has its own BN_CTX because a BN_CTX is not thread-safe; the shared BN_MONT_CTX is
/// only read after it is built.
/// </remarks>
internal sealed class OpenSslModulus : IModularArithmetic, IDisposable
{
    private readonly LibCrypto _library;
    private readonly BigNumHandle _modulus;
    private readonly MontgomeryContextHandle _montgomery;
    private readonly int _modulusBytes;

    private OpenSslModulus(LibCrypto library, BigInteger modulus)
    {
        _library = library;
        Modulus = modulus;
        _modulusBytes = modulus.GetByteCount(isUnsigned: true);
        _modulus = library.FromBigInteger(modulus);
        try
        {
            _montgomery = library.NewMontgomeryContext(_modulus);
        }
        catch
        {
            _modulus.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public string Name => "openssl";

    /// <summary>The libcrypto in use (for example <c>libcrypto.so.3</c>).</summary>
    public string LibraryName => _library.LibraryName;

    /// <inheritdoc/>
    public BigInteger Modulus { get; }

    /// <summary>
    /// Binds <paramref name="library"/> to an odd modulus greater than one and checks a few results
    /// against <see cref="BigInteger.ModPow"/>; returns null when anything fails, so callers fall
    /// back to the managed code instead of failing a sign-in.
    /// </summary>
    public static OpenSslModulus? TryCreate(LibCrypto? library, BigInteger modulus)
    {
        if (library is null || modulus <= BigInteger.One || modulus.IsEven)
        {
            return null;
        }

        OpenSslModulus? created = null;
        try
        {
            created = new OpenSslModulus(library, modulus);
            if (created.PassesSelfTest())
            {
                return created;
            }
        }
        catch (CryptographicException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        created?.Dispose();
        return null;
    }

    /// <inheritdoc/>
    public BigInteger ModPow(BigInteger value, BigInteger exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        BigInteger reduced = BigInteger.Remainder(value, Modulus);
        if (reduced.Sign < 0)
        {
            reduced += Modulus;
        }

        // The references keep a concurrent Dispose from freeing the shared constants mid-call,
        // and make a call after Dispose throw ObjectDisposedException instead of reading freed memory.
        bool modulusReferenced = false;
        bool montgomeryReferenced = false;
        try
        {
            _modulus.DangerousAddRef(ref modulusReferenced);
            _montgomery.DangerousAddRef(ref montgomeryReferenced);
            using BnContextHandle ctx = _library.NewContext();
            using BigNumHandle baseValue = _library.FromBigInteger(reduced);
            using BigNumHandle power = _library.FromBigInteger(exponent);
            using BigNumHandle result = _library.NewBigNum();
            _library.SetConstantTime(baseValue);
            _library.SetConstantTime(power);
            _library.ModExpConstantTime(result, baseValue, power, _modulus, ctx, _montgomery);
            return _library.ToBigInteger(result, _modulusBytes);
        }
        finally
        {
            if (montgomeryReferenced)
            {
                _montgomery.DangerousRelease();
            }

            if (modulusReferenced)
            {
                _modulus.DangerousRelease();
            }
        }
    }

    /// <inheritdoc/>
    public BigInteger PowerOfTwo(BigInteger exponent) => ModPow(2, exponent);

    /// <inheritdoc/>
    public void Dispose()
    {
        _montgomery.Dispose();
        _modulus.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(OpenSslModulus)} ({LibraryName})";

    // A libcrypto with a broken or foreign BIGNUM layout must not silently produce wrong claims.
    private bool PassesSelfTest()
    {
        BigInteger value = Modulus - 3;
        BigInteger exponent = (BigInteger.One << 130) + 12345;
        return ModPow(value, exponent) == BigInteger.ModPow(value, exponent, Modulus)
            && ModPow(5, 0) == BigInteger.ModPow(5, 0, Modulus)
            && PowerOfTwo(77) == BigInteger.ModPow(2, 77, Modulus);
    }
}
