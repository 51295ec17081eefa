using System.Numerics;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// <see cref="BigInteger.ModPow(BigInteger, BigInteger, BigInteger)"/> as a backend: the baseline the others are
/// measured against, never chosen for a sign-in (its time depends on the exponent's bits).
/// </summary>
internal sealed class BigIntegerModulus : IModularArithmetic
{
    /// <summary>The backend's name.</summary>
    public const string BackendName = "biginteger";

    /// <summary>Uses <paramref name="modulus"/>.</summary>
    public BigIntegerModulus(BigInteger modulus) => Modulus = modulus;

    /// <inheritdoc/>
    public string Name => BackendName;

    /// <inheritdoc/>
    public BigInteger Modulus { get; }

    /// <inheritdoc/>
    public BigInteger ModPow(BigInteger value, BigInteger exponent)
    {
        BigInteger reduced = BigInteger.Remainder(value, Modulus);
        return BigInteger.ModPow(reduced.Sign < 0 ? reduced + Modulus : reduced, exponent, Modulus);
    }

    /// <inheritdoc/>
    public BigInteger PowerOfTwo(BigInteger exponent) => BigInteger.ModPow(2, exponent, Modulus);
}
