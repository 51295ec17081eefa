using System.Numerics;

namespace CognitoKit.SignIn.Srp.Managed;

/// <summary>
/// Constant-time modular exponentiation in managed code on a <see cref="MontgomeryKernel"/>: a fixed
/// 5-bit window for any base, and a fixed-base comb for powers of two.
/// </summary>
/// <remarks>
/// Every window multiplies by a table entry, the entry for digit 0 included, and the entry is read
/// by <see cref="TableScan"/>, which touches the whole table; so which operations run, and which
/// memory they touch, depends only on the exponent's bit length.
/// </remarks>
internal sealed unsafe class ManagedModulus : IModularArithmetic
{
    private const int Window = 5;
    private const int TableSize = 1 << Window;
    private const int MaxStackWords = 6 * 1024;

    private readonly MontgomeryKernel _kernel;
    private readonly FixedBaseComb[] _combs;

    /// <summary>Exponentiation on the given kernel.</summary>
    public ManagedModulus(MontgomeryKernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        _kernel = kernel;
        _combs = [new FixedBaseComb(kernel, 256), new FixedBaseComb(kernel, 1024)];
    }

    /// <inheritdoc/>
    public string Name => "managed-" + _kernel.Name;

    /// <inheritdoc/>
    public BigInteger Modulus => _kernel.Modulus;

    /// <summary>The kernel's name: <c>avx512</c>, <c>avx2</c> or <c>portable</c>.</summary>
    public string KernelName => _kernel.Name;

    /// <inheritdoc/>
    public BigInteger ModPow(BigInteger value, BigInteger exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        BigInteger reduced = BigInteger.Remainder(value, Modulus);
        if (reduced.Sign < 0)
        {
            reduced += Modulus;
        }

        int width = _kernel.Width;
        int bits = (int)exponent.GetBitLength();
        byte[] exp = exponent.ToByteArray(isUnsigned: true, isBigEndian: false);
        int needed = ((TableSize + 2) * width) + _kernel.ScratchLength;
        Span<ulong> work = needed <= MaxStackWords ? stackalloc ulong[needed] : new ulong[needed];
        try
        {
            fixed (ulong* w = work, rSquared = _kernel.RSquared, one = _kernel.One, plainOne = _kernel.PlainOne)
            {
                ulong* table = w;
                ulong* acc = w + (TableSize * width);
                ulong* selected = acc + width;
                ulong* scratch = selected + width;
                _kernel.WriteDigits(reduced, new Span<ulong>(table + width, width));
                _kernel.Multiply(table + width, table + width, rSquared, scratch);
                new ReadOnlySpan<ulong>(one, width).CopyTo(new Span<ulong>(table, width));
                for (int k = 2; k < TableSize; k++)
                {
                    _kernel.Multiply(table + (k * width), table + ((k - 1) * width), table + width, scratch);
                }

                new ReadOnlySpan<ulong>(one, width).CopyTo(new Span<ulong>(acc, width));
                int windows = (bits + Window - 1) / Window;
                for (int i = windows - 1; i >= 0; i--)
                {
                    if (i != windows - 1)
                    {
                        for (int q = 0; q < Window; q++)
                        {
                            _kernel.Square(acc, acc, scratch);
                        }
                    }

                    TableScan.Select(selected, table, TableSize, ExponentBits(exp, i * Window, Window), width);
                    _kernel.Multiply(acc, acc, selected, scratch);
                }

                return Finish(acc, plainOne, scratch);
            }
        }
        finally
        {
            work.Clear();
            Array.Clear(exp);
        }
    }

    /// <inheritdoc/>
    public BigInteger PowerOfTwo(BigInteger exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        long bits = exponent.GetBitLength();
        foreach (FixedBaseComb comb in _combs)
        {
            if (bits <= comb.MaxExponentBits)
            {
                return comb.Power(exponent, this);
            }
        }

        return ModPow(2, exponent);
    }

    /// <summary>Takes a Montgomery-form accumulator out of Montgomery form, into [0, n).</summary>
    internal BigInteger Finish(ulong* acc, ulong* plainOne, ulong* scratch)
    {
        _kernel.Multiply(acc, acc, plainOne, scratch);
        BigInteger result = _kernel.FromDigits(new ReadOnlySpan<ulong>(acc, _kernel.Width));

        // A Montgomery product below 2n out of Montgomery form is at most n, and n only for a multiple of n.
        return result >= Modulus ? result - Modulus : result;
    }

    /// <summary>Bits [start, start + count) of a little-endian byte array, zero past its end.</summary>
    internal static int ExponentBits(ReadOnlySpan<byte> exponent, int start, int count)
    {
        int value = 0;
        for (int b = count - 1; b >= 0; b--)
        {
            int bit = start + b;
            int index = bit >> 3;
            int available = index < exponent.Length ? exponent[index] : 0;
            value = (value << 1) | ((available >> (bit & 7)) & 1);
        }

        return value;
    }
}
