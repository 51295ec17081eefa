using System.Numerics;
using System.Security.Cryptography;
using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.Tests;

/// <summary>The emulator's own modular exponentiation agrees with <see cref="BigInteger.ModPow"/> on the SRP group.</summary>
public sealed class SrpArithmeticTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(128)]
    public void PowersOfG_MatchBigIntegerModPow(int exponentBytes)
    {
        for (var i = 0; i < 8; i++)
        {
            var exponent = new BigInteger(RandomNumberGenerator.GetBytes(exponentBytes), isUnsigned: true);

            Assert.Equal(BigInteger.ModPow(SrpGroup.G, exponent, SrpGroup.N), GroupArithmetic.PowG(exponent));
        }
    }

    [Theory]
    [InlineData(32, 384)]
    [InlineData(32, 500)]
    [InlineData(1, 1)]
    [InlineData(0, 384)]
    public void PowersOfAnyValue_MatchBigIntegerModPow(int exponentBytes, int valueBytes)
    {
        for (var i = 0; i < 8; i++)
        {
            var exponent = new BigInteger(RandomNumberGenerator.GetBytes(exponentBytes), isUnsigned: true);
            var value = new BigInteger(RandomNumberGenerator.GetBytes(valueBytes), isUnsigned: true);

            Assert.Equal(BigInteger.ModPow(value, exponent, SrpGroup.N), GroupArithmetic.Pow(value, exponent));
        }
    }

    [Fact]
    public void EdgeValues_MatchBigIntegerModPow()
    {
        BigInteger[] values = [BigInteger.Zero, BigInteger.One, SrpGroup.N - 1, SrpGroup.N, SrpGroup.N + 1, (SrpGroup.N * 3) + 2];
        BigInteger[] exponents = [BigInteger.Zero, BigInteger.One, 2, BigInteger.Pow(2, 255), BigInteger.Pow(2, 256) - 1];
        foreach (var value in values)
        {
            foreach (var exponent in exponents)
            {
                Assert.Equal(BigInteger.ModPow(value, exponent, SrpGroup.N), GroupArithmetic.Pow(value, exponent));
            }
        }

        foreach (var exponent in exponents)
        {
            Assert.Equal(BigInteger.ModPow(SrpGroup.G, exponent, SrpGroup.N), GroupArithmetic.PowG(exponent));
        }
    }
}
