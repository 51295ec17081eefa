using System.Numerics;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class MontgomeryModulusTests
{
    private static readonly BigInteger N = SrpGroup.N;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ModPow_RandomInputsModuloN_EqualsBigIntegerModPow(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 6; i++)
        {
            BigInteger value = RandomInteger(random, random.Next(1, 400));
            BigInteger exponent = RandomInteger(random, random.Next(0, 160));

            Assert.Equal(BigInteger.ModPow(value % N, exponent, N), SrpGroup.ManagedArithmetic.ModPow(value, exponent));
            Assert.Equal(BigInteger.ModPow(2, exponent, N), SrpGroup.ManagedArithmetic.PowerOfTwo(exponent));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ModPow_RandomOddModuli_EqualsBigIntegerModPow(int seed)
    {
        var random = new Random(seed * 7919);
        for (int i = 0; i < 4; i++)
        {
            BigInteger modulus = RandomInteger(random, random.Next(1, 385)) | BigInteger.One;
            if (modulus <= BigInteger.One)
            {
                modulus = 3;
            }

            var arithmetic = new MontgomeryModulus(modulus);
            BigInteger value = RandomInteger(random, random.Next(1, 400));
            BigInteger exponent = RandomInteger(random, random.Next(0, 100));

            Assert.Equal(BigInteger.ModPow(value % modulus, exponent, modulus), arithmetic.ModPow(value, exponent));
            Assert.Equal(BigInteger.ModPow(2, exponent, modulus), arithmetic.PowerOfTwo(exponent));
        }
    }

    public static TheoryData<string, string> EdgeCases()
    {
        BigInteger big = (BigInteger.One << 1023) + 12345;
        var cases = new (BigInteger Value, BigInteger Exponent)[]
        {
            (7, 0), (7, 1), (0, 5), (0, 0), (N, 3), (N + 5, big), (N - 1, 2), (N - 1, 3), (N - 1, big),
            (-3, 5), (2 * N, 7), (1, big), (N - 2, 1),
        };
        var data = new TheoryData<string, string>();
        foreach (var (value, exponent) in cases)
        {
            data.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture), exponent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void ModPow_EdgeCases_EqualBigIntegerModPowOfTheReducedBase(string value, string exponent)
    {
        BigInteger v = BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        BigInteger e = BigInteger.Parse(exponent, System.Globalization.CultureInfo.InvariantCulture);
        BigInteger reduced = ((v % N) + N) % N;

        Assert.Equal(BigInteger.ModPow(reduced, e, N), SrpGroup.ManagedArithmetic.ModPow(v, e));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3071)]
    [InlineData(3072)]
    [InlineData(4096)]
    public void PowerOfTwo_EdgeExponents_EqualBigIntegerModPow(int exponent)
    {
        Assert.Equal(BigInteger.ModPow(2, exponent, N), SrpGroup.ManagedArithmetic.PowerOfTwo(exponent));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Constructor_WithEvenOrTooSmallModulus_Throws(int modulus)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MontgomeryModulus(modulus));
    }

    private static BigInteger RandomInteger(Random random, int bytes)
    {
        byte[] buffer = new byte[Math.Max(bytes, 1)];
        random.NextBytes(buffer);
        return bytes == 0 ? BigInteger.Zero : new BigInteger(buffer, isUnsigned: true);
    }
}
