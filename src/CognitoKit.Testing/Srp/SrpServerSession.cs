using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.Testing.Srp;

/// <summary>
/// The server half of one SRP exchange: draws b, answers B = k·v + g^b, and checks the client's
/// PASSWORD_CLAIM_SIGNATURE over (prefix ‖ name ‖ secret block ‖ timestamp) with the key derived from S.
/// </summary>
internal sealed class SrpServerSession
{
    private readonly BigInteger b;

    public SrpServerSession(SrpVerifier verifier, BigInteger clientA)
        : this(verifier, clientA, SrpGroup.FromBytes(RandomNumberGenerator.GetBytes(32)))
    {
    }

    public SrpServerSession(SrpVerifier verifier, BigInteger clientA, BigInteger privateB)
    {
        Verifier = verifier;
        A = clientA;
        b = privateB;
        B = ((SrpGroup.K * verifier.Verifier) + GroupArithmetic.PowG(b)) % SrpGroup.N;
        SecretBlock = RandomNumberGenerator.GetBytes(1024);
    }

    public SrpVerifier Verifier { get; }

    public BigInteger A { get; }

    public BigInteger B { get; }

    public byte[] SecretBlock { get; }

    /// <summary>A that is 0 mod N would force S to 0; Cognito refuses it.</summary>
    public static bool IsValidA(BigInteger a) => !(a % SrpGroup.N).IsZero;

    /// <summary>S = (A · v^u)^b mod N with u = H(pad(A) ‖ pad(B)).</summary>
    public BigInteger ComputeS()
    {
        var u = ComputeU();
        var baseValue = A * GroupArithmetic.Pow(Verifier.Verifier, u) % SrpGroup.N;
        return GroupArithmetic.Pow(baseValue, b);
    }

    public BigInteger ComputeU() => SrpGroup.FromBytes(SrpGroup.Hash(SrpGroup.Pad(A), SrpGroup.Pad(B)));

    /// <summary>HKDF-SHA256(ikm = pad(S), salt = pad(u), info = "Caldera Derived Key"), 16 bytes.</summary>
    public byte[] DeriveKey()
    {
        var prk = HMACSHA256.HashData(SrpGroup.Pad(ComputeU()), SrpGroup.Pad(ComputeS()));
        var info = Encoding.UTF8.GetBytes("Caldera Derived Key\u0001");
        return HMACSHA256.HashData(prk, info)[..16];
    }

    /// <summary>True when the signature is the one the holder of the password would make.</summary>
    public bool VerifySignature(string prefix, string name, string secretBlockB64, string timestamp, string signatureB64)
    {
        byte[] block;
        byte[] signature;
        try
        {
            block = Convert.FromBase64String(secretBlockB64);
            signature = Convert.FromBase64String(signatureB64);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(block, SecretBlock))
        {
            return false;
        }

        var message = Encoding.UTF8.GetBytes(prefix).Concat(Encoding.UTF8.GetBytes(name)).Concat(block).Concat(Encoding.UTF8.GetBytes(timestamp)).ToArray();
        var expected = HMACSHA256.HashData(DeriveKey(), message);
        return CryptographicOperations.FixedTimeEquals(expected, signature);
    }
}
