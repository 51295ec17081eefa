using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// The modular arithmetic of one SRP sign-in on the client, on fixed public inputs: A = g^a, then
/// S = (B − k·g^x)^(a + u·x). Used to measure and compare backends; the inputs are constants, never a user's secrets.
/// </summary>
internal static class SrpClientWorkload
{
    private static readonly BigInteger A = Derive("workload a", SrpEphemeral.PrivateValueLength);
    private static readonly BigInteger X = Derive("workload x", SHA256.HashSizeInBytes);
    private static readonly BigInteger U = Derive("workload u", SHA256.HashSizeInBytes);
    // Any value in [1, N) serves as B; derived directly, as a power of g would cost seconds on the browser's interpreter.
    private static readonly BigInteger ServerPublic = Derive("workload b", 384) % SrpGroup.N;

    /// <summary>Runs the arithmetic once and returns a short fingerprint of A and S (equal across correct backends).</summary>
    public static string Run(IModularArithmetic arithmetic)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        BigInteger clientPublic = arithmetic.PowerOfTwo(A);
        BigInteger premaster = SrpMath.ComputeS(ServerPublic, X, A, U, arithmetic);
        byte[] digest = SHA256.HashData([.. SrpEncoding.Pad(clientPublic), .. SrpEncoding.Pad(premaster)]);
        return Convert.ToHexString(digest.AsSpan(0, 8)).ToLowerInvariant();
    }

    private static BigInteger Derive(string label, int length)
    {
        byte[] bytes = new byte[length];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(label), bytes, salt: [], info: []);
        return SrpEncoding.FromHash(bytes);
    }
}
