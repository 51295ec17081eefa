using System.Numerics;

namespace CognitoKit.SignIn.Srp.Managed;

/// <summary>
/// Powers of the fixed base 2 by the Lim–Lee comb: the exponent's bits are read in
/// <see cref="Teeth"/> rows of <c>d</c> bits, and each of the d steps squares once and multiplies
/// by one of 2^Teeth precomputed products, read with a full table scan.
/// </summary>
/// <remarks>
/// For exponents of up to <see cref="MaxExponentBits"/> bits this takes d = ⌈bits / 6⌉ squarings
/// and d multiplications instead of one squaring per bit. The table is built on first use, once per
/// process (thread-safe), from public values only, and every step runs whatever the exponent.
/// </remarks>
internal sealed unsafe class FixedBaseComb
{
    /// <summary>Rows of the comb; the table holds 2^Teeth entries.</summary>
    public const int Teeth = 6;

    private const int Entries = 1 << Teeth;
    private readonly MontgomeryKernel _kernel;
    private readonly int _spacing;
    private readonly Lazy<ulong[]> _table;

    /// <summary>A comb for exponents of up to <paramref name="maxExponentBits"/> bits.</summary>
    public FixedBaseComb(MontgomeryKernel kernel, int maxExponentBits)
    {
        _kernel = kernel;
        MaxExponentBits = maxExponentBits;
        _spacing = (maxExponentBits + Teeth - 1) / Teeth;
        _table = new Lazy<ulong[]>(BuildTable, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The longest exponent this comb takes.</summary>
    public int MaxExponentBits { get; }

    /// <summary>2^exponent mod n, for an exponent of at most <see cref="MaxExponentBits"/> bits.</summary>
    public BigInteger Power(BigInteger exponent, ManagedModulus owner)
    {
        int width = _kernel.Width;
        byte[] exp = exponent.ToByteArray(isUnsigned: true, isBigEndian: false);
        Span<ulong> work = stackalloc ulong[(2 * width) + _kernel.ScratchLength];
        ulong[] table = _table.Value;
        try
        {
            fixed (ulong* w = work, t = table, plainOne = _kernel.PlainOne)
            {
                ulong* acc = w;
                ulong* selected = w + width;
                ulong* scratch = selected + width;
                _kernel.One.CopyTo(new Span<ulong>(acc, width));
                for (int j = _spacing - 1; j >= 0; j--)
                {
                    if (j != _spacing - 1)
                    {
                        _kernel.Square(acc, acc, scratch);
                    }

                    int column = 0;
                    for (int k = 0; k < Teeth; k++)
                    {
                        column |= ManagedModulus.ExponentBits(exp, (k * _spacing) + j, 1) << k;
                    }

                    TableScan.Select(selected, t, Entries, column, width);
                    _kernel.Multiply(acc, acc, selected, scratch);
                }

                return owner.Finish(acc, plainOne, scratch);
            }
        }
        finally
        {
            work.Clear();
            Array.Clear(exp);
        }
    }

    // Entry s = Π over the set bits k of s of 2^(2^(k·spacing)), in Montgomery form.
    private ulong[] BuildTable()
    {
        int width = _kernel.Width;
        var table = new ulong[Entries * width];
        ulong[] scratch = new ulong[_kernel.ScratchLength];
        fixed (ulong* t = table, s = scratch, rSquared = _kernel.RSquared)
        {
            _kernel.One.CopyTo(new Span<ulong>(t, width));
            for (int k = 0; k < Teeth; k++)
            {
                BigInteger tooth = BigInteger.ModPow(2, BigInteger.One << (k * _spacing), _kernel.Modulus);
                ulong* toothEntry = t + ((1 << k) * width);
                _kernel.WriteDigits(tooth, new Span<ulong>(toothEntry, width));
                _kernel.Multiply(toothEntry, toothEntry, rSquared, s);
                for (int low = 1; low < (1 << k); low++)
                {
                    _kernel.Multiply(t + (((1 << k) | low) * width), t + (low * width), toothEntry, s);
                }
            }
        }

        return table;
    }
}
