using System.Numerics;
using System.Runtime.CompilerServices;

namespace CognitoKit.SignIn.Srp.Managed;

/// <summary>
/// Montgomery multiplication in plain scalar code, for every CPU (arm64 and WebAssembly included): limbs
/// of 56 bits in 64-bit words, columns in product-scanning order with the reduction interleaved (FIPS).
/// </summary>
/// <remarks>
/// Why 56-bit limbs rather than 64: managed code has no add-with-carry, so a 64-bit limb costs two
/// carry detections per product; a 112-bit product instead splits into its low 56 bits and the rest,
/// summed into plain 64-bit column accumulators (up to 255 of them) with no carry per product. Measured against a
/// 64-bit-limb CIOS kernel built on <see cref="Math.BigMul(ulong, ulong, out ulong)"/>, this was about
/// 1.4x faster, so it stays the portable path. R = 2^(56·len) &gt; 4n keeps results below 2n without a
/// final subtraction. Pointers because the JIT cannot remove the bounds checks of these index patterns; the products
/// of a column run four to a pass (<see cref="Run"/>), and the high half of each product goes into two sums shifted
/// together once per column (<see cref="Accumulate"/>). Multiply and Square are compiled fully optimized from the
/// start: dynamic PGO's tier of these loops measured about 15% slower than the plain optimized code.
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Multiply(ulong* r, ulong* a, ulong* b, ulong* scratch)
    {
        fixed (ulong* n = _n)
        {
            Multiply(r, a, b, n, _n0Inv, Width, scratch);
        }
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Multiply(ulong* r, ulong* a, ulong* b, ulong* n, ulong n0Inv, int len, ulong* m)
    {
        ulong carry = 0;
        ulong hiPrev = 0;
        for (int k = 0; k < len; k++)
        {
            ulong lo = 0;
            ulong mid = 0;
            ulong top = 0;
            Run(a, b + k, k + 1, ref lo, ref mid, ref top);
            Run(m, n + k, k, ref lo, ref mid, ref top);

            ulong hi = High(mid, top);
            ulong s = lo + hiPrev + carry;
            ulong mk = ((s & LimbMask) * n0Inv) & LimbMask;
            m[k] = mk;
            ulong mlo = 0;
            ulong mmid = 0;
            ulong mtop = 0;
            Accumulate(mk, n[0], ref mlo, ref mmid, ref mtop);
            hi += High(mmid, mtop);
            s += mlo;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        for (int k = len; k < (2 * len) - 1; k++)
        {
            ulong lo = 0;
            ulong mid = 0;
            ulong top = 0;
            int start = k - len + 1;
            int count = len - start;
            Run(a + start, b + len - 1, count, ref lo, ref mid, ref top);
            Run(m + start, n + len - 1, count, ref lo, ref mid, ref top);

            ulong hi = High(mid, top);
            ulong s = lo + hiPrev + carry;
            r[k - len] = s & LimbMask;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        r[len - 1] = hiPrev + carry;
    }

    /// <summary>r = a²·R⁻¹ (mod n), for a &lt; 2n; r &lt; 2n. r may alias a; m needs len limbs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Square(ulong* r, ulong* a, ulong* n, ulong n0Inv, int len, ulong* m)
    {
        ulong carry = 0;
        ulong hiPrev = 0;
        for (int k = 0; k < len; k++)
        {
            SquareColumn(a, k, 0, out ulong lo, out ulong mid, out ulong top);
            Run(m, n + k, k, ref lo, ref mid, ref top);

            ulong hi = High(mid, top);
            ulong s = lo + hiPrev + carry;
            ulong mk = ((s & LimbMask) * n0Inv) & LimbMask;
            m[k] = mk;
            ulong mlo = 0;
            ulong mmid = 0;
            ulong mtop = 0;
            Accumulate(mk, n[0], ref mlo, ref mmid, ref mtop);
            hi += High(mmid, mtop);
            s += mlo;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        for (int k = len; k < (2 * len) - 1; k++)
        {
            int start = k - len + 1;
            SquareColumn(a, k, start, out ulong lo, out ulong mid, out ulong top);
            int count = len - start;
            Run(m + start, n + len - 1, count, ref lo, ref mid, ref top);

            ulong hi = High(mid, top);
            ulong s = lo + hiPrev + carry;
            r[k - len] = s & LimbMask;
            carry = s >> LimbBits;
            hiPrev = hi;
        }

        r[len - 1] = hiPrev + carry;
    }

    // Column k of a², limbs i from 'from' up to k - from: each cross product once, then doubled, plus the diagonal.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SquareColumn(ulong* a, int k, int from, out ulong lo, out ulong mid, out ulong top)
    {
        lo = 0;
        mid = 0;
        top = 0;
        int span = k - (2 * from);
        Run(a + from, a + (k - from), (span + 1) / 2, ref lo, ref mid, ref top);
        lo <<= 1;
        mid <<= 1;
        top <<= 1;
        if ((span & 1) == 0)
        {
            ulong d = a[from + (span / 2)];
            Accumulate(d, d, ref lo, ref mid, ref top);
        }
    }

    // Adds x[i]·y[-i] for i below count (x read upwards, y downwards), four products per pass.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Run(ulong* x, ulong* y, int count, ref ulong lo, ref ulong mid, ref ulong top)
    {
        ulong l = lo;
        ulong md = mid;
        ulong t = top;
        int i = 0;
        for (; i + 4 <= count; i += 4)
        {
            Accumulate(x[0], y[0], ref l, ref md, ref t);
            Accumulate(x[1], y[-1], ref l, ref md, ref t);
            Accumulate(x[2], y[-2], ref l, ref md, ref t);
            Accumulate(x[3], y[-3], ref l, ref md, ref t);
            x += 4;
            y -= 4;
        }

        for (; i < count; i++)
        {
            Accumulate(*x++, *y--, ref l, ref md, ref t);
        }

        lo = l;
        mid = md;
        top = t;
    }

    // A 112-bit product p = h·2^64 + l of two 56-bit limbs, split at bit 56 into the column's low part (bits 0-55) and
    // its high part (bits 56-111) = (l >> 56) + h·2^8. The high part is kept as two sums, that of l >> 56 and that of h,
    // shifted together once per column (High): five operations per product after the multiply, not six. A column of at
    // most 2·60 products keeps each sum far below 2^64 (h < 2^48, l >> 56 < 2^8, the low parts < 2^56 each).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ulong x, ulong y, ref ulong lo, ref ulong mid, ref ulong top)
    {
#if NET9_0_OR_GREATER
        UInt128 p = Math.BigMul(x, y);
        ulong l = (ulong)p;
        lo += l & LimbMask;
        mid += l >> LimbBits;
        top += (ulong)(p >> 64);
#else
        ulong h = Math.BigMul(x, y, out ulong l);
        lo += l & LimbMask;
        mid += l >> LimbBits;
        top += h;
#endif
    }

    // The high part of a column: the sum of the products' bits 56 and up.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong High(ulong mid, ulong top) => mid + (top << (64 - LimbBits));
}
