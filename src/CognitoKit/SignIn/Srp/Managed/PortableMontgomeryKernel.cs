using System.Numerics;
using System.Runtime.CompilerServices;

namespace CognitoKit.SignIn.Srp.Managed;

/// <summary>
/// Montgomery multiplication in plain scalar code, for every CPU (arm64 and WebAssembly included): limbs
/// of 56 bits in 64-bit words, columns in product-scanning order with the reduction interleaved (FIPS).
/// </summary>
/// <remarks>
/// Why 56-bit limbs rather than 64: managed code has no add-with-carry, so a 64-bit limb costs two
/// carry detections per product; a 112-bit product instead splits into two 56-bit halves summed into
/// plain 64-bit column accumulators (up to 255 of them) with no carry per product. Measured against a
/// 64-bit-limb CIOS kernel built on <see cref="Math.BigMul(ulong, ulong, out ulong)"/>, this was about
/// 1.4x faster, so it stays the portable path. R = 2^(56·len) &gt; 4n keeps results below 2n without a
/// final subtraction. Pointers because the JIT cannot remove the bounds checks of these index patterns.
/// Time depends only on the limb count, never on values.
/// </remarks>
internal sealed unsafe class PortableMontgomeryKernel : MontgomeryKernel
{
    private const int LimbBits = 56;
    private const ulong LimbMask = (1UL << LimbBits) - 1;

    // The column sums of 2·len products of 2·56-bit halves stay below 2^64 up to 60 limbs.
    private const int MaxLimbs = 60;

    private readonly ulong[] _n;
    private readonly ulong _n0Inv;

    /// <summary>Prepares the kernel for an odd modulus greater than one of at most 3,300 bits.</summary>
    public PortableMontgomeryKernel(BigInteger modulus)
        : base(modulus, LimbBits, LimbCountFor(modulus))
    {
        _n = ToDigits(modulus);
        _n0Inv = NegativeInverse(_n[0], LimbBits);
    }

    /// <inheritdoc/>
    public override string Name => "portable";

    /// <inheritdoc/>
    public override int ScratchLength => Width;

    /// <inheritdoc/>
    public override void Multiply(ulong* r, ulong* a, ulong* b, ulong* scratch)
    {
        fixed (ulong* n = _n)
        {
            Multiply(r, a, b, n, _n0Inv, Width, scratch);
        }
    }

    /// <inheritdoc/>
    public override void Square(ulong* r, ulong* a, ulong* scratch)
    {
        fixed (ulong* n = _n)
        {
            Square(r, a, n, _n0Inv, Width, scratch);
        }
    }

    private static int LimbCountFor(BigInteger modulus)
    {
        int limbs = (int)((modulus.GetBitLength() + 2 + LimbBits - 1) / LimbBits);
        return limbs <= MaxLimbs
            ? limbs
            : throw new ArgumentOutOfRangeException(nameof(modulus), "The modulus is too large for this kernel.");
    }

    /// <summary>r = a·b·R⁻¹ (mod n), for a, b &lt; 2n; r &lt; 2n. r may alias a or b; m needs len limbs.</summary>
    private static void Multiply(ulong* r, ulong* a, ulong* b, ulong* n, ulong n0Inv, int len, ulong* m)
    {
        ulong carry = 0;
        ulong hiPrev = 0;
        for (int k = 0; k < len; k++)
        {
            ulong lo = 0;
            ulong hi = 0;
            ulong* pa = a;
            ulong* pb = b + k;
            for (int i = 0; i <= k; i++)
            {
                Accumulate(*pa++, *pb--, ref lo, ref hi);
            }

            ulong* pm = m;
            ulong* pn = n + k;
            for (int j = 0; j < k; j++)
            {
                Accumulate(*pm++, *pn--, ref lo, ref hi);
            }

            ulong s = lo + hiPrev + carry;
            ulong mk = ((s & LimbMask) * n0Inv) & LimbMask;
            m[k] = mk;
            ulong mlo = 0;
            Accumulate(mk, n[0], ref mlo, ref hi);
            s += mlo;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        for (int k = len; k < (2 * len) - 1; k++)
        {
            ulong lo = 0;
            ulong hi = 0;
            int start = k - len + 1;
            int count = len - start;
            ulong* pa = a + start;
            ulong* pb = b + len - 1;
            ulong* pm = m + start;
            ulong* pn = n + len - 1;
            for (int i = 0; i < count; i++)
            {
                Accumulate(*pa++, *pb--, ref lo, ref hi);
                Accumulate(*pm++, *pn--, ref lo, ref hi);
            }

            ulong s = lo + hiPrev + carry;
            r[k - len] = s & LimbMask;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        r[len - 1] = hiPrev + carry;
    }

    /// <summary>r = a²·R⁻¹ (mod n), for a &lt; 2n; r &lt; 2n. r may alias a; m needs len limbs.</summary>
    private static void Square(ulong* r, ulong* a, ulong* n, ulong n0Inv, int len, ulong* m)
    {
        ulong carry = 0;
        ulong hiPrev = 0;
        for (int k = 0; k < len; k++)
        {
            SquareColumn(a, k, 0, out ulong lo, out ulong hi);
            ulong* pm = m;
            ulong* pn = n + k;
            for (int j = 0; j < k; j++)
            {
                Accumulate(*pm++, *pn--, ref lo, ref hi);
            }

            ulong s = lo + hiPrev + carry;
            ulong mk = ((s & LimbMask) * n0Inv) & LimbMask;
            m[k] = mk;
            ulong mlo = 0;
            Accumulate(mk, n[0], ref mlo, ref hi);
            s += mlo;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        for (int k = len; k < (2 * len) - 1; k++)
        {
            int start = k - len + 1;
            SquareColumn(a, k, start, out ulong lo, out ulong hi);
            int count = len - start;
            ulong* pm = m + start;
            ulong* pn = n + len - 1;
            for (int i = 0; i < count; i++)
            {
                Accumulate(*pm++, *pn--, ref lo, ref hi);
            }

            ulong s = lo + hiPrev + carry;
            r[k - len] = s & LimbMask;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        r[len - 1] = hiPrev + carry;
    }

    // Column k of a², limbs i from 'from' up to k - from: each cross product once, then doubled, plus the diagonal.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SquareColumn(ulong* a, int k, int from, out ulong lo, out ulong hi)
    {
        lo = 0;
        hi = 0;
        ulong* pa = a + from;
        ulong* pb = a + (k - from);
        while (pa < pb)
        {
            Accumulate(*pa++, *pb--, ref lo, ref hi);
        }

        lo <<= 1;
        hi <<= 1;
        if (pa == pb)
        {
            Accumulate(*pa, *pa, ref lo, ref hi);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ulong x, ulong y, ref ulong lo, ref ulong hi)
    {
#if NET9_0_OR_GREATER
        UInt128 p = Math.BigMul(x, y);
        ulong l = (ulong)p;
        lo += l & LimbMask;
        hi += ((ulong)(p >> 64) << (64 - LimbBits)) | (l >> LimbBits);
#else
        ulong h = Math.BigMul(x, y, out ulong l);
        lo += l & LimbMask;
        hi += (h << (64 - LimbBits)) | (l >> LimbBits);
#endif
    }
}
