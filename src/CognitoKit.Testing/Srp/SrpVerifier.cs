using System.Numerics;
using System.Security.Cryptography;

namespace CognitoKit.Testing.Srp;

/// <summary>
/// What the server keeps instead of a password: a random salt and v = g^x mod N. The same shape serves
/// user passwords (prefix = pool name) and remembered devices (prefix = device group key).
/// </summary>
internal sealed record SrpVerifier(BigInteger Salt, BigInteger Verifier)
{
    public static SrpVerifier Create(string prefix, string name, string password)
    {
        var salt = SrpGroup.FromBytes(RandomNumberGenerator.GetBytes(16));
        var x = SrpGroup.ComputeX(salt, prefix, name, password);
        return new SrpVerifier(salt, GroupArithmetic.PowG(x));
    }

    /// <summary>Checks a plain password (USER_PASSWORD_AUTH and friends) against the verifier.</summary>
    public bool Matches(string prefix, string name, string password)
    {
        var x = SrpGroup.ComputeX(Salt, prefix, name, password);
        var candidate = GroupArithmetic.PowG(x);
        return CryptographicOperations.FixedTimeEquals(SrpGroup.Pad(candidate), SrpGroup.Pad(Verifier));
    }

    /// <summary>Leaves the values out.</summary>
    public override string ToString() => nameof(SrpVerifier);
}
