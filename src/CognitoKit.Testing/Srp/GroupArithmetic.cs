using System.Numerics;
using System.Runtime.CompilerServices;

namespace CognitoKit.Testing.Srp;

/// <summary>
/// Exponentiation modulo the group's 3072-bit prime, written for the emulator alone (the library's SRP arithmetic is not
/// used, so the two halves of every sign-in check each other). Montgomery multiplication over 48 limbs of 64 bits;
/// powers of g come from a table of g^(d·16^i), powers of anything else from a 4-bit window.
/// </summary>
/// <remarks>
/// Not constant-time: how long an exponentiation takes depends on the exponent's digits. That is acceptable for a test
/// server, whose secrets (the ephemeral b, the verifier exponent x) protect nothing but test accounts on a loopback port;
/// it would not be for a production server.
/// </remarks>
internal static class GroupArithmetic
{
    private const int Limbs = 48;
    private const int WindowBits = 4;
    private const int Digits = (1 << WindowBits) - 1;

    /// <summary>The longest exponent the table of powers of g serves: a SHA-256 output or a 32-byte ephemeral.</summary>
    private const int TableExponentBits = 256;
    private const int TableWindows = TableExponentBits / WindowBits;

    private static readonly ulong[] Modulus = ToLimbs(SrpGroup.N);
    private static readonly ulong NegativeInverse = NegativeInverseOf(Modulus[0]);

    /// <summary>R² mod N (R = 2^3072): multiplying by it enters the Montgomery form.</summary>
    private static readonly ulong[] RSquared = ToLimbs(BigInteger.ModPow(2, 2 * 64 * Limbs, SrpGroup.N));
    private static readonly ulong[] PlainOne = ToLimbs(BigInteger.One);
    private static readonly Lazy<ulong[]> GeneratorTable = new(BuildGeneratorTable, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>g^<paramref name="exponent"/> mod N.</summary>
    public static BigInteger PowG(BigInteger exponent)
    {
        if (exponent.Sign < 0 || exponent.GetBitLength() > TableExponentBits)
        {
            return Pow(SrpGroup.G, exponent);
        }

        var table = GeneratorTable.Value;
        Span<ulong> acc = stackalloc ulong[Limbs];
        Multiply(PlainOne, RSquared, acc);
        var digits = exponent.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (var window = 0; window < TableWindows; window++)
        {
            var digit = Nibble(digits, window);
            if (digit != 0)
            {
                Multiply(acc, table.AsSpan(((window * Digits) + digit - 1) * Limbs, Limbs), acc);
            }
        }

        return LeaveMontgomery(acc);
    }

    /// <summary><paramref name="value"/>^<paramref name="exponent"/> mod N, for any value and non-negative exponent.</summary>
    public static BigInteger Pow(BigInteger value, BigInteger exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent.Sign, nameof(exponent));
        var reduced = BigInteger.Remainder(value, SrpGroup.N);
        if (reduced.Sign < 0)
        {
            reduced += SrpGroup.N;
        }

        // Powers 0..15 of the value, in Montgomery form.
        var powers = new ulong[(Digits + 1) * Limbs];
        Multiply(PlainOne, RSquared, powers.AsSpan(0, Limbs));
        Multiply(ToLimbs(reduced), RSquared, powers.AsSpan(Limbs, Limbs));
        for (var d = 2; d <= Digits; d++)
        {
            Multiply(powers.AsSpan((d - 1) * Limbs, Limbs), powers.AsSpan(Limbs, Limbs), powers.AsSpan(d * Limbs, Limbs));
        }

        Span<ulong> acc = stackalloc ulong[Limbs];
        powers.AsSpan(0, Limbs).CopyTo(acc);
        var digits = exponent.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (var window = (digits.Length * 8 / WindowBits) - 1; window >= 0; window--)
        {
            for (var s = 0; s < WindowBits; s++)
            {
                Multiply(acc, acc, acc);
            }

            var digit = Nibble(digits, window);
            if (digit != 0)
            {
                Multiply(acc, powers.AsSpan(digit * Limbs, Limbs), acc);
            }
        }

        return LeaveMontgomery(acc);
    }

    private static int Nibble(byte[] littleEndian, int window)
    {
        var index = window / 2;
        if (index >= littleEndian.Length)
        {
            return 0;
        }

        return (window & 1) == 0 ? littleEndian[index] & 0xF : littleEndian[index] >> 4;
    }

    /// <summary>g^(d·16^i) for every window i and digit d of 1..15, in Montgomery form: 368 KB, built once.</summary>
    private static ulong[] BuildGeneratorTable()
    {
        var table = new ulong[TableWindows * Digits * Limbs];
        Span<ulong> windowBase = stackalloc ulong[Limbs];
        Multiply(ToLimbs(SrpGroup.G), RSquared, windowBase);
        for (var window = 0; window < TableWindows; window++)
        {
            var row = table.AsSpan(window * Digits * Limbs, Digits * Limbs);
            windowBase.CopyTo(row[..Limbs]);
            for (var d = 2; d <= Digits; d++)
            {
                Multiply(row.Slice((d - 2) * Limbs, Limbs), windowBase, row.Slice((d - 1) * Limbs, Limbs));
            }

            // The next window's base is this one to the 16th: the 15th power times the base once more.
            Multiply(row.Slice((Digits - 1) * Limbs, Limbs), windowBase, windowBase);
        }

        return table;
    }

    /// <summary>result = a·b·R⁻¹ mod N (coarsely integrated operand scanning). <paramref name="result"/> may alias either input.</summary>
    /// <remarks>Compiled optimized from the first call: a test run is short, and unoptimized code here costs several times more.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        Span<ulong> t = stackalloc ulong[Limbs + 2];
        t.Clear();
        var n = Modulus;
        for (var i = 0; i < Limbs; i++)
        {
            var bi = b[i];
            ulong carry = 0;
            for (var j = 0; j < Limbs; j++)
            {
                carry = MultiplyAdd(a[j], bi, t[j], carry, out t[j]);
            }

            var sum = t[Limbs] + carry;
            t[Limbs + 1] = sum < carry ? 1UL : 0UL;
            t[Limbs] = sum;

            var m = t[0] * NegativeInverse;
            carry = MultiplyAdd(m, n[0], t[0], 0, out _);
            for (var j = 1; j < Limbs; j++)
            {
                carry = MultiplyAdd(m, n[j], t[j], carry, out t[j - 1]);
            }

            sum = t[Limbs] + carry;
            t[Limbs - 1] = sum;
            t[Limbs] = t[Limbs + 1] + (sum < carry ? 1UL : 0UL);
        }

        // t < 2N: one subtraction at most.
        if (t[Limbs] != 0 || !IsBelowModulus(t[..Limbs]))
        {
            ulong borrow = 0;
            for (var j = 0; j < Limbs; j++)
            {
                var x = t[j];
                var y = n[j] + borrow;
                var yOverflow = y < borrow;
                t[j] = x - y;
                borrow = (x < y || yOverflow) ? 1UL : 0UL;
            }
        }

        t[..Limbs].CopyTo(result);
    }

    /// <summary>Returns the high word of x·y + addend + carry, and its low word in <paramref name="low"/>; never overflows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyAdd(ulong x, ulong y, ulong addend, ulong carry, out ulong low)
    {
        var high = Math.BigMul(x, y, out var lo);
        lo += addend;
        high += lo < addend ? 1UL : 0UL;
        lo += carry;
        high += lo < carry ? 1UL : 0UL;
        low = lo;
        return high;
    }

    private static bool IsBelowModulus(ReadOnlySpan<ulong> value)
    {
        for (var j = Limbs - 1; j >= 0; j--)
        {
            if (value[j] != Modulus[j])
            {
                return value[j] < Modulus[j];
            }
        }

        return false;
    }

    private static BigInteger LeaveMontgomery(ReadOnlySpan<ulong> montgomery)
    {
        Span<ulong> plain = stackalloc ulong[Limbs];
        Multiply(montgomery, PlainOne, plain);
        var bytes = new byte[Limbs * 8];
        for (var j = 0; j < Limbs; j++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(j * 8), plain[j]);
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static ulong[] ToLimbs(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
        var limbs = new ulong[Limbs];
        var padded = new byte[Limbs * 8];
        bytes.CopyTo(padded, 0);
        for (var j = 0; j < Limbs; j++)
        {
            limbs[j] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(padded.AsSpan(j * 8));
        }

        return limbs;
    }

    /// <summary>−n⁻¹ mod 2^64 by Newton's iteration (n odd): each step doubles the correct low bits.</summary>
    private static ulong NegativeInverseOf(ulong n)
    {
        var inverse = n;
        for (var i = 0; i < 6; i++)
        {
            inverse *= 2 - (n * inverse);
        }

        return 0 - inverse;
    }
}
