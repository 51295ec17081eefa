using System.Runtime.CompilerServices;

namespace CognitoKit.Benchmarks.PreviousManagedSrp;

/// <summary>
/// The managed SRP kernel before the 64-bit and vector kernels (kept here only to measure the gain):
/// Montgomery arithmetic on little-endian limbs of 56 bits held in 64-bit words.
/// </summary>
/// <remarks>
/// Why 56-bit limbs: a 112-bit product splits into two 56-bit halves that can be summed into
/// plain 64-bit accumulators (up to 255 of them) with no carry handling per product, which is
/// what makes managed code competitive with carry-flag assembly. Columns are processed in
/// product-scanning order with the reduction interleaved (FIPS), and R = 2^(56·len) &gt; 4n lets
/// results stay below 2n without a final subtraction. Pointers because the JIT cannot remove the
/// bounds checks of these index patterns. Time depends only on the limb count, never on values.
/// </remarks>
internal static unsafe class PreviousMontgomeryKernels
{
    /// <summary>Bits per limb.</summary>
    public const int LimbBits = 56;

    /// <summary>The mask of one limb.</summary>
    public const ulong LimbMask = (1UL << LimbBits) - 1;

    /// <summary>The largest limb count for which the column sums cannot overflow 64 bits.</summary>
    public const int MaxLimbs = 60;

    /// <summary>r = a·b·R⁻¹ (mod n), for a, b &lt; 2n; r &lt; 2n. r may alias a or b; m needs len limbs.</summary>
    public static void Multiply(ulong* r, ulong* a, ulong* b, ulong* n, ulong n0Inv, int len, ulong* m)
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
    public static void Square(ulong* r, ulong* a, ulong* n, ulong n0Inv, int len, ulong* m)
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

    /// <summary>Copies entry <paramref name="index"/> of a table of len-limb entries, reading every entry.</summary>
    public static void Select(ulong* r, ulong* table, int entries, int index, int len)
    {
        new Span<ulong>(r, len).Clear();
        for (int k = 0; k < entries; k++)
        {
            ulong mask = (ulong)(((long)(k ^ index) - 1) >> 63);
            ulong* e = table + (k * len);
            for (int j = 0; j < len; j++)
            {
                r[j] |= e[j] & mask;
            }
        }
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
