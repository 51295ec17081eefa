using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CognitoKit.SignIn.Srp.Managed;

/// <summary>
/// Montgomery multiplication on 28-bit digits in 64-bit lanes with the x64 vector multiply of
/// 32-bit lanes into 64-bit products (<c>vpmuludq</c>): 8 digit products per AVX-512 instruction,
/// 4 per AVX2 one.
/// </summary>
/// <remarks>
/// Word-serial Montgomery: for each digit b_i, acc[i..] += a·b_i + n·m_i with m_i chosen so that
/// digit i becomes a multiple of 2^28, whose carry moves up one digit. The accumulator never shifts:
/// iteration i adds into acc[i .. i+width) through vectors aligned to the accumulator and operands
/// read at an offset, so the stores and loads of one lane always hit the same address. A 64-bit lane
/// receives at most 2·width products below 2^56, and width ≤ 120 keeps that below 2^64, so the only
/// carry moved during the loop is that of the digit just cleared; the rest are propagated at the end.
/// Two digits of b go through each pass, m for the second worked out in scalar code first. R = 2^(28·width) &gt; 4n keeps results below 2n without a final
/// subtraction. Every loop bound depends only on width.
/// </remarks>
internal sealed unsafe class VectorMontgomeryKernel : MontgomeryKernel
{
    private const int Bits = 28;
    private const ulong Mask = (1UL << Bits) - 1;
    private const int Lanes = 8;
    private const int MaxWidth = 120;

    private readonly ulong[] _paddedN;
    private readonly ulong _n0Inv;
    private readonly bool _wide;

    /// <summary>Prepares the kernel for an odd modulus greater than one of at most 3,300 bits.</summary>
    /// <param name="modulus">The modulus.</param>
    /// <param name="useAvx512">Use 512-bit vectors (needs AVX-512F); otherwise 256-bit ones (needs AVX2).</param>
    public VectorMontgomeryKernel(BigInteger modulus, bool useAvx512)
        : base(modulus, Bits, WidthFor(modulus))
    {
        if (useAvx512 ? !Avx512F.IsSupported : !Avx2.IsSupported)
        {
            throw new PlatformNotSupportedException(useAvx512 ? "AVX-512F is not supported." : "AVX2 is not supported.");
        }

        _wide = useAvx512;
        _paddedN = new ulong[Width + (2 * Lanes)];
        WriteDigits(modulus, _paddedN.AsSpan(Lanes, Width));
        _n0Inv = NegativeInverse(_paddedN[Lanes], Bits);
    }

    /// <summary>Whether this process can run the kernel with 256-bit vectors.</summary>
    public static bool IsSupported => Avx2.IsSupported;

    /// <inheritdoc/>
    public override string Name => _wide ? "avx512" : "avx2";

    // acc (2·width + one vector of slack, plus room to align it) and the padded copy of a.
    /// <inheritdoc/>
    public override int ScratchLength => (2 * Width) + (2 * Lanes) + Width + (2 * Lanes);

    /// <inheritdoc/>
    public override void Multiply(ulong* r, ulong* a, ulong* b, ulong* scratch)
    {
        int len = Width;
        ulong* acc = (ulong*)(((nint)scratch + 63) & ~(nint)63);
        ulong* paddedA = scratch + (2 * len) + (2 * Lanes);
        new Span<ulong>(acc, (2 * len) + Lanes).Clear();
        new Span<ulong>(paddedA, Lanes).Clear();
        new Span<ulong>(a, len).CopyTo(new Span<ulong>(paddedA + Lanes, len));
        new Span<ulong>(paddedA + Lanes + len, Lanes).Clear();

        fixed (ulong* paddedN = _paddedN)
        {
            ulong* ap = paddedA + Lanes;
            ulong* np = paddedN + Lanes;
            ulong a0 = ap[0];
            ulong a1 = ap[1];
            ulong n0 = np[0];
            ulong n1 = np[1];
            for (int i = 0; i < len; i += 2)
            {
                // Two digits of b per pass over the accumulator: m for digit i + 1 is worked out in scalar
                // from what the pass for digit i would have left in lane i + 1.
                ulong b0 = b[i];
                ulong b1 = b[i + 1];
                ulong t0 = acc[i] + (a0 * b0);
                ulong m0 = (t0 * _n0Inv) & Mask;
                ulong t1 = acc[i + 1] + (a1 * b0) + (n1 * m0) + ((t0 + (n0 * m0)) >> Bits) + (a0 * b1);
                ulong m1 = (t1 * _n0Inv) & Mask;
                if (_wide)
                {
                    AddProducts512(acc, ap, np, b0, m0, b1, m1, i, len);
                }
                else
                {
                    AddProducts256(acc, ap, np, b0, m0, b1, m1, i, len);
                }

                acc[i + 1] += acc[i] >> Bits;
                acc[i + 2] += acc[i + 1] >> Bits;
            }

            ulong carry = 0;
            for (int j = 0; j < len; j++)
            {
                ulong v = acc[len + j] + carry;
                r[j] = v & Mask;
                carry = v >> Bits;
            }

        }
    }

    // acc[k] += a[k - i]·b0 + n[k - i]·m0 + a[k - i - 1]·b1 + n[k - i - 1]·m1 over whole vectors covering [i, i + len].
    private static void AddProducts512(ulong* acc, ulong* ap, ulong* np, ulong b0, ulong m0, ulong b1, ulong m1, int i, int len)
    {
        Vector512<uint> vb0 = Vector512.Create(b0).AsUInt32();
        Vector512<uint> vm0 = Vector512.Create(m0).AsUInt32();
        Vector512<uint> vb1 = Vector512.Create(b1).AsUInt32();
        Vector512<uint> vm1 = Vector512.Create(m1).AsUInt32();
        int end = i + len + 1;
        for (int k = i & ~(Lanes - 1); k < end; k += Lanes)
        {
            ulong* pa = ap + (k - i);
            ulong* pn = np + (k - i);
            Vector512<ulong> s = Vector512.Load(acc + k);
            s += Avx512F.Multiply(Vector512.Load(pa).AsUInt32(), vb0);
            s += Avx512F.Multiply(Vector512.Load(pn).AsUInt32(), vm0);
            s += Avx512F.Multiply(Vector512.Load(pa - 1).AsUInt32(), vb1);
            s += Avx512F.Multiply(Vector512.Load(pn - 1).AsUInt32(), vm1);
            s.Store(acc + k);
        }
    }

    private static void AddProducts256(ulong* acc, ulong* ap, ulong* np, ulong b0, ulong m0, ulong b1, ulong m1, int i, int len)
    {
        Vector256<uint> vb0 = Vector256.Create(b0).AsUInt32();
        Vector256<uint> vm0 = Vector256.Create(m0).AsUInt32();
        Vector256<uint> vb1 = Vector256.Create(b1).AsUInt32();
        Vector256<uint> vm1 = Vector256.Create(m1).AsUInt32();
        int end = i + len + 1;
        for (int k = i & ~3; k < end; k += 4)
        {
            ulong* pa = ap + (k - i);
            ulong* pn = np + (k - i);
            Vector256<ulong> s = Vector256.Load(acc + k);
            s += Avx2.Multiply(Vector256.Load(pa).AsUInt32(), vb0);
            s += Avx2.Multiply(Vector256.Load(pn).AsUInt32(), vm0);
            s += Avx2.Multiply(Vector256.Load(pa - 1).AsUInt32(), vb1);
            s += Avx2.Multiply(Vector256.Load(pn - 1).AsUInt32(), vm1);
            s.Store(acc + k);
        }
    }

    private static int WidthFor(BigInteger modulus)
    {
        int digits = (int)((modulus.GetBitLength() + 2 + Bits - 1) / Bits);
        int width = (digits + Lanes - 1) / Lanes * Lanes;
        return width <= MaxWidth
            ? width
            : throw new ArgumentOutOfRangeException(nameof(modulus), "The modulus is too large for this kernel.");
    }
}
