using System.Numerics;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// Answers Cognito's <c>PASSWORD_VERIFIER</c> and <c>DEVICE_PASSWORD_VERIFIER</c> challenges with
/// the <c>PASSWORD_CLAIM_SIGNATURE</c>.
/// </summary>
internal static class PasswordClaim
{
    /// <summary>The pool name SRP hashes: the part of the user pool id after '_' (<c>us-east-2_D8rs5PBjY</c> → <c>D8rs5PBjY</c>).</summary>
    /// <exception cref="ArgumentException">The id has no '_' followed by a name.</exception>
    public static string GetPoolName(string userPoolId)
    {
        ArgumentNullException.ThrowIfNull(userPoolId);
        int separator = userPoolId.IndexOf('_', StringComparison.Ordinal);
        if (separator < 0 || separator == userPoolId.Length - 1)
        {
            throw new ArgumentException("A user pool id has the form '<region>_<name>'.", nameof(userPoolId));
        }

        return userPoolId[(separator + 1)..];
    }

    /// <summary>Computes <c>PASSWORD_CLAIM_SIGNATURE</c>, claiming <paramref name="ephemeral"/>.</summary>
    /// <param name="poolNameOrDeviceGroupKey">The pool name (see <see cref="GetPoolName"/>), or the device group key for device SRP.</param>
    /// <param name="userIdOrDeviceKey"><c>USER_ID_FOR_SRP</c> from the challenge, or the device key for device SRP.</param>
    /// <param name="password">The user's password, or the device password.</param>
    /// <param name="saltHex"><c>SALT</c> as received.</param>
    /// <param name="serverPublicHex"><c>SRP_B</c> as received.</param>
    /// <param name="secretBlockBase64"><c>SECRET_BLOCK</c> as received.</param>
    /// <param name="timestamp">The <c>TIMESTAMP</c> sent with the answer (see <see cref="CognitoTimestamp.Format"/>).</param>
    /// <param name="ephemeral">The ephemeral whose <c>SRP_A</c> started this exchange; it cannot be used again.</param>
    /// <returns>The signature, Base64.</returns>
    /// <exception cref="SrpProtocolException">A challenge parameter is malformed, or B ≡ 0 mod N, or u = 0.</exception>
    /// <exception cref="InvalidOperationException">The ephemeral was used before.</exception>
    public static string Compute(
        string poolNameOrDeviceGroupKey,
        string userIdOrDeviceKey,
        string password,
        string saltHex,
        string serverPublicHex,
        string secretBlockBase64,
        string timestamp,
        SrpEphemeral ephemeral) =>
        Compute(poolNameOrDeviceGroupKey, userIdOrDeviceKey, password, saltHex, serverPublicHex, secretBlockBase64, timestamp, ephemeral, SrpGroup.Arithmetic);

    /// <summary>Computes <c>PASSWORD_CLAIM_SIGNATURE</c> as the overload without <paramref name="arithmetic"/>, with that arithmetic modulo N.</summary>
    /// <param name="poolNameOrDeviceGroupKey">The pool name, or the device group key for device SRP.</param>
    /// <param name="userIdOrDeviceKey"><c>USER_ID_FOR_SRP</c>, or the device key.</param>
    /// <param name="password">The user's password, or the device password.</param>
    /// <param name="saltHex"><c>SALT</c> as received.</param>
    /// <param name="serverPublicHex"><c>SRP_B</c> as received.</param>
    /// <param name="secretBlockBase64"><c>SECRET_BLOCK</c> as received.</param>
    /// <param name="timestamp">The <c>TIMESTAMP</c> sent with the answer.</param>
    /// <param name="ephemeral">The ephemeral whose <c>SRP_A</c> started this exchange.</param>
    /// <param name="arithmetic">The backend (managed or libcrypto); both give identical results.</param>
    /// <returns>The signature, Base64.</returns>
    public static string Compute(
        string poolNameOrDeviceGroupKey,
        string userIdOrDeviceKey,
        string password,
        string saltHex,
        string serverPublicHex,
        string secretBlockBase64,
        string timestamp,
        SrpEphemeral ephemeral,
        IModularArithmetic arithmetic)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        ArgumentNullException.ThrowIfNull(poolNameOrDeviceGroupKey);
        ArgumentNullException.ThrowIfNull(userIdOrDeviceKey);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(ephemeral);
        BigInteger a = ephemeral.Claim();

        BigInteger salt = SrpEncoding.ParseHex(saltHex, "SALT");
        BigInteger serverPublic = SrpEncoding.ParseHex(serverPublicHex, "SRP_B");
        if ((serverPublic % SrpGroup.N).IsZero)
        {
            throw new SrpProtocolException("SRP_B", "SRP_B is congruent to 0 modulo N; the server's value is unsafe.");
        }

        byte[] secretBlock = DecodeSecretBlock(secretBlockBase64);
        BigInteger u = SrpMath.ComputeU(ephemeral.PublicValue, serverPublic);
        if (u.IsZero)
        {
            throw new SrpProtocolException("SRP_B", "The scrambling parameter u derived from SRP_A and SRP_B is zero.");
        }

        byte[] innerHash = SrpMath.ComputeInnerHash(poolNameOrDeviceGroupKey, userIdOrDeviceKey, password);
        BigInteger x;
        try
        {
            x = SrpMath.ComputeX(salt, innerHash);
        }
        finally
        {
            SecretBytes.Wipe(innerHash, "password hash");
        }

        // x, a and S stay BigIntegers, which are immutable and cannot be wiped; their byte forms are wiped where made.
        BigInteger premasterSecret = SrpMath.ComputeS(serverPublic, x, a, u, arithmetic);
        byte[] key = SrpMath.DeriveKey(u, premasterSecret);
        try
        {
            return SrpMath.Sign(key, poolNameOrDeviceGroupKey, userIdOrDeviceKey, secretBlock, timestamp);
        }
        finally
        {
            SecretBytes.Wipe(key, "HKDF key");
        }
    }

    private static byte[] DecodeSecretBlock(string? secretBlockBase64)
    {
        if (string.IsNullOrEmpty(secretBlockBase64))
        {
            throw new SrpProtocolException("SECRET_BLOCK", "SECRET_BLOCK is missing or empty.");
        }

        try
        {
            return Convert.FromBase64String(secretBlockBase64);
        }
        catch (FormatException)
        {
            throw new SrpProtocolException("SECRET_BLOCK", "SECRET_BLOCK is not valid Base64.");
        }
    }
}
