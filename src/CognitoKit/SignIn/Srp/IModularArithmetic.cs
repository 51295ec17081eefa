using System.Numerics;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// Modular exponentiation modulo one fixed odd modulus: the only arithmetic SRP needs.
/// </summary>
/// <remarks>
/// Implementations must take time that depends only on the bit length of the exponent, never on
/// its value, because every exponent SRP uses (a, x, a + u·x) is secret.
/// </remarks>
internal interface IModularArithmetic
{
    /// <summary>A short name of the backend, for benchmarks and diagnostics (never a value).</summary>
    string Name { get; }

    /// <summary>The modulus.</summary>
    BigInteger Modulus { get; }

    /// <summary>Returns value^exponent mod the modulus; value may be negative or not reduced.</summary>
    BigInteger ModPow(BigInteger value, BigInteger exponent);

    /// <summary>Returns 2^exponent mod the modulus.</summary>
    BigInteger PowerOfTwo(BigInteger exponent);
}
