using System.Buffers;
using System.Numerics;

using CognitoKit.SignIn.Srp;
using CognitoKit.SignIn.Srp.Managed;

namespace CognitoKit.Benchmarks.PreviousManagedSrp;

/// <summary>
/// Modular exponentiation modulo a fixed odd modulus with Montgomery multiplication
/// on the 56-bit kernel the library keeps as its portable path (<see cref="PortableMontgomeryKernel"/>): the managed
/// SRP code before the vector kernel and the comb, kept here only to measure the gain.
/// </summary>
/// <remarks>
/// Exponents are processed in fixed windows with a table read that touches every entry, so the
/// sequence of operations and memory accesses depends only on the bit length of the exponent.
/// Powers of two take a shortcut when the modulus' top 64 bits are all ones (true of the SRP
/// group): multiplying by 2^d is then a shift and a small fold instead of a multiplication.
/// </remarks>
internal sealed unsafe class PreviousMontgomeryModulus : IModularArithmetic
{
    private const int LimbBits = 56;
    private const ulong LimbMask = (1UL << LimbBits) - 1;
    private const int MaxLimbs = 60;
    private const int Window = 5;
    private const int TableSize = 1 << Window;
    // Digits of 2 bits mean shifts of at most 3 bits, which the spare bits of the top limb absorb.
    private const int PowerOfTwoWindow = 2;
    private const int MaxShift = (1 << PowerOfTwoWindow) - 1;

    private readonly PortableMontgomeryKernel _kernel;
    private readonly ulong[] _rSquared;
    private readonly ulong[] _one;
    private readonly ulong[] _plainOne;
    private readonly ulong[]? _foldConstant;
    private readonly int _modulusBits;

    /// <summary>Prepares the constants for an odd modulus greater than one of at most 3,300 bits.</summary>
    public PreviousMontgomeryModulus(BigInteger modulus)
    {
        if (modulus <= BigInteger.One || modulus.IsEven)
        {
            throw new ArgumentOutOfRangeException(nameof(modulus), "The modulus must be odd and greater than one.");
        }

        _modulusBits = (int)modulus.GetBitLength();
        LimbCount = (_modulusBits + 2 + LimbBits - 1) / LimbBits;
        if (LimbCount > MaxLimbs)
        {
            throw new ArgumentOutOfRangeException(nameof(modulus), "The modulus is too large for this implementation.");
        }

        Modulus = modulus;
        _kernel = new PortableMontgomeryKernel(modulus);
        BigInteger r = BigInteger.One << (LimbBits * LimbCount);
        _one = ToLimbs(r % modulus, LimbCount);
        _rSquared = ToLimbs(r * r % modulus, LimbCount);
        _plainOne = ToLimbs(BigInteger.One, LimbCount);

        BigInteger fold = (BigInteger.One << _modulusBits) - modulus;
        bool roomForShift = LimbBits * LimbCount >= _modulusBits + 1 + MaxShift;
        if (roomForShift && fold.GetBitLength() <= _modulusBits - 64)
        {
            _foldConstant = ToLimbs(fold, LimbCount);
        }
    }

    /// <inheritdoc/>
    public string Name => "managed-previous";

    /// <summary>The modulus.</summary>
    public BigInteger Modulus { get; }

    /// <summary>The number of limbs of the Montgomery representation.</summary>
    public int LimbCount { get; }

    /// <summary>Returns value^exponent mod the modulus; value may be negative or not reduced.</summary>
    public BigInteger ModPow(BigInteger value, BigInteger exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        int len = LimbCount;
        BigInteger reduced = BigInteger.Remainder(value, Modulus);
        if (reduced.Sign < 0)
        {
            reduced += Modulus;
        }

        ulong[] exp = ToLimbs(exponent, ExponentLimbCount(exponent));
        int needed = (TableSize + 3) * len;
        Span<ulong> work = stackalloc ulong[needed];
        try
        {
            Span<ulong> table = work[..(TableSize * len)];
            Span<ulong> acc = work.Slice(TableSize * len, len);
            WriteLimbs(reduced, table.Slice(len, len));
            int bits = (int)exponent.GetBitLength();

            fixed (ulong* t = table, a = acc, r2 = _rSquared, plainOne = _plainOne)
            {
                ulong* selected = a + len;
                ulong* m = a + (2 * len);
                ulong* baseM = t + len;
                _kernel.Multiply(baseM, baseM, r2, m);
                _one.AsSpan().CopyTo(table[..len]);
                for (int k = 2; k < TableSize; k++)
                {
                    _kernel.Multiply(t + (k * len), t + ((k - 1) * len), baseM, m);
                }

                _one.AsSpan().CopyTo(acc);
                int windows = (bits + Window - 1) / Window;
                for (int i = windows - 1; i >= 0; i--)
                {
                    for (int q = 0; q < Window && i != windows - 1; q++)
                    {
                        _kernel.Square(a, a, m);
                    }

                    TableScan.Select(selected, t, TableSize, ExtractBits(exp, i * Window, Window), len);
                    _kernel.Multiply(a, a, selected, m);
                }

                _kernel.Multiply(a, a, plainOne, m);
            }

            return Normalize(FromLimbs(acc));
        }
        finally
        {
            work.Clear();
            Array.Clear(exp);
        }
    }

    /// <summary>Returns 2^exponent mod the modulus.</summary>
    public BigInteger PowerOfTwo(BigInteger exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        if (_foldConstant is null)
        {
            return ModPow(2, exponent);
        }

        int len = LimbCount;
        ulong[] exp = ToLimbs(exponent, ExponentLimbCount(exponent));
        Span<ulong> work = stackalloc ulong[2 * len];
        try
        {
            Span<ulong> acc = work[..len];
            int bits = (int)exponent.GetBitLength();
            fixed (ulong* a = acc, fold = _foldConstant, plainOne = _plainOne)
            {
                ulong* m = a + len;
                _one.AsSpan().CopyTo(acc);
                int windows = (bits + PowerOfTwoWindow - 1) / PowerOfTwoWindow;
                for (int i = windows - 1; i >= 0; i--)
                {
                    for (int q = 0; q < PowerOfTwoWindow && i != windows - 1; q++)
                    {
                        _kernel.Square(a, a, m);
                    }

                    ShiftAndFold(a, ExtractBits(exp, i * PowerOfTwoWindow, PowerOfTwoWindow), fold, len);
                }

                _kernel.Multiply(a, a, plainOne, m);
            }

            return Normalize(FromLimbs(acc));
        }
        finally
        {
            work.Clear();
            Array.Clear(exp);
        }
    }

    // a = a·2^d folded below 2n, using 2^bits ≡ fold (mod n) with fold < 2^(bits-64).
    private void ShiftAndFold(ulong* a, int d, ulong* fold, int len)
    {
        const int B = LimbBits;
        const ulong Mask = LimbMask;
        for (int j = len - 1; j > 0; j--)
        {
            a[j] = ((a[j] << d) | (a[j - 1] >> (B - d))) & Mask;
        }

        a[0] = (a[0] << d) & Mask;

        int topLimb = _modulusBits / B;
        int offset = _modulusBits % B;
        ulong high = a[topLimb] >> offset;
        if (topLimb + 1 < len)
        {
            high |= a[topLimb + 1] << (B - offset);
            for (int j = topLimb + 1; j < len; j++)
            {
                a[j] = 0;
            }
        }

        a[topLimb] &= (1UL << offset) - 1;
        ulong carry = 0;
        for (int j = 0; j < len; j++)
        {
            ulong s = a[j] + (high * fold[j]) + carry;
            a[j] = s & Mask;
            carry = s >> B;
        }
    }

    // A Montgomery result is at most n; it equals n only for a multiple of n.
    private BigInteger Normalize(BigInteger value) => value >= Modulus ? value - Modulus : value;

    private static int ExponentLimbCount(BigInteger exponent) =>
        (int)((exponent.GetBitLength() + LimbBits - 1) / LimbBits) + 1;

    private static int ExtractBits(ReadOnlySpan<ulong> limbs, int start, int count)
    {
        const int B = LimbBits;
        int limb = start / B;
        int shift = start % B;
        ulong value = limbs[limb] >> shift;
        if (shift + count > B && limb + 1 < limbs.Length)
        {
            value |= limbs[limb + 1] << (B - shift);
        }

        return (int)(value & ((1UL << count) - 1));
    }

    private static ulong[] ToLimbs(BigInteger value, int len)
    {
        var limbs = new ulong[len];
        WriteLimbs(value, limbs);
        return limbs;
    }

    private static void WriteLimbs(BigInteger value, Span<ulong> limbs)
    {
        limbs.Clear();
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int i = 0; i < bytes.Length; i++)
        {
            int bit = i * 8;
            int limb = bit / LimbBits;
            limbs[limb] |= (ulong)bytes[i] << (bit % LimbBits);
        }

        Array.Clear(bytes);
    }

    private static BigInteger FromLimbs(ReadOnlySpan<ulong> limbs)
    {
        byte[] bytes = new byte[limbs.Length * 7];
        for (int i = 0; i < bytes.Length; i++)
        {
            int bit = i * 8;
            bytes[i] = (byte)(limbs[bit / LimbBits] >> (bit % LimbBits));
        }

        var result = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        Array.Clear(bytes);
        return result;
    }
}
