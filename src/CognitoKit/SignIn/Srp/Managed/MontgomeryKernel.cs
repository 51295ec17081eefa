using System.Numerics;

namespace CognitoKit.SignIn.Srp.Managed;

/// <summary>
/// Montgomery multiplication modulo one fixed odd modulus, on numbers held as little-endian digits
/// of <see cref="DigitBits"/> bits, one digit per 64-bit word, <see cref="Width"/> words per number.
/// </summary>
/// <remarks>
/// A kernel's time depends only on <see cref="Width"/>, never on the values: no branch and no memory
/// address depends on a digit. Inputs and outputs are below 2n with every digit below 2^DigitBits.
/// </remarks>
internal abstract unsafe class MontgomeryKernel
{
    private readonly ulong[] _one;
    private readonly ulong[] _rSquared;
    private readonly ulong[] _plainOne;

    /// <summary>Prepares the constants shared by every kernel; <paramref name="width"/> words of <paramref name="digitBits"/> bits give R.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The modulus is even or not greater than one.</exception>
    protected MontgomeryKernel(BigInteger modulus, int digitBits, int width)
    {
        if (modulus <= BigInteger.One || modulus.IsEven)
        {
            throw new ArgumentOutOfRangeException(nameof(modulus), "The modulus must be odd and greater than one.");
        }

        Modulus = modulus;
        DigitBits = digitBits;
        Width = width;
        BigInteger r = BigInteger.One << (digitBits * width);
        _one = ToDigits(r % modulus);
        _rSquared = ToDigits(r * r % modulus);
        _plainOne = ToDigits(BigInteger.One);
    }

    /// <summary>A short name of the kernel, for benchmarks and diagnostics.</summary>
    public abstract string Name { get; }

    /// <summary>The modulus n.</summary>
    public BigInteger Modulus { get; }

    /// <summary>Bits per digit.</summary>
    public int DigitBits { get; }

    /// <summary>Words per number.</summary>
    public int Width { get; }

    /// <summary>Words of scratch space <see cref="Multiply"/> and <see cref="Square"/> need.</summary>
    public abstract int ScratchLength { get; }

    /// <summary>R mod n: one in Montgomery form.</summary>
    public ReadOnlySpan<ulong> One => _one;

    /// <summary>R² mod n: multiplying by it brings a number into Montgomery form.</summary>
    public ReadOnlySpan<ulong> RSquared => _rSquared;

    /// <summary>The plain number 1: multiplying by it takes a number out of Montgomery form.</summary>
    public ReadOnlySpan<ulong> PlainOne => _plainOne;

    /// <summary>r = a·b·R⁻¹ (mod n); r may alias a or b.</summary>
    public abstract void Multiply(ulong* r, ulong* a, ulong* b, ulong* scratch);

    /// <summary>r = a²·R⁻¹ (mod n); r may alias a.</summary>
    public virtual void Square(ulong* r, ulong* a, ulong* scratch) => Multiply(r, a, a, scratch);

    /// <summary>The digits of a non-negative value below 2^(DigitBits·Width).</summary>
    public ulong[] ToDigits(BigInteger value)
    {
        var digits = new ulong[Width];
        WriteDigits(value, digits);
        return digits;
    }

    /// <summary>Writes the digits of a non-negative value below 2^(DigitBits·Width).</summary>
    public void WriteDigits(BigInteger value, Span<ulong> digits)
    {
        digits.Clear();
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
        ulong mask = DigitBits == 64 ? ulong.MaxValue : (1UL << DigitBits) - 1;
        for (int i = 0; i < bytes.Length; i++)
        {
            int bit = i * 8;
            int digit = bit / DigitBits;
            int shift = bit % DigitBits;
            digits[digit] |= ((ulong)bytes[i] << shift) & mask;
            if (shift + 8 > DigitBits)
            {
                digits[digit + 1] |= (ulong)bytes[i] >> (DigitBits - shift);
            }
        }

        Array.Clear(bytes);
    }

    /// <summary>The value of normalized digits.</summary>
    public BigInteger FromDigits(ReadOnlySpan<ulong> digits)
    {
        byte[] bytes = new byte[((digits.Length * DigitBits) + 7) / 8];
        for (int i = 0; i < bytes.Length; i++)
        {
            int bit = i * 8;
            int digit = bit / DigitBits;
            int shift = bit % DigitBits;
            ulong value = digits[digit] >> shift;
            if (shift + 8 > DigitBits && digit + 1 < digits.Length)
            {
                value |= digits[digit + 1] << (DigitBits - shift);
            }

            bytes[i] = (byte)value;
        }

        var result = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        Array.Clear(bytes);
        return result;
    }

    /// <summary>-n⁻¹ mod 2^bits for the odd low digit of n (Newton's iteration, each step doubling the correct bits).</summary>
    protected static ulong NegativeInverse(ulong n0, int bits)
    {
        ulong inverse = n0;
        for (int i = 0; i < 6; i++)
        {
            inverse *= 2 - (n0 * inverse);
        }

        ulong negative = 0 - inverse;
        return bits == 64 ? negative : negative & ((1UL << bits) - 1);
    }
}
