using System.Numerics;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The straightforward SRP client arithmetic with <see cref="BigInteger.ModPow"/>, as most Cognito
/// clients write it: the baseline the library's Montgomery code is measured against.
/// </summary>
internal static class ReferenceSrp
{
    public static BigInteger PublicValue(BigInteger a, BigInteger n) => BigInteger.ModPow(2, a, n);

    public static BigInteger PremasterSecret(BigInteger b, BigInteger x, BigInteger a, BigInteger u, BigInteger k, BigInteger n)
    {
        BigInteger gx = BigInteger.ModPow(2, x, n);
        BigInteger baseValue = ((b - (k * gx)) % n + n) % n;
        return BigInteger.ModPow(baseValue, a + (u * x), n);
    }
}
