using System.Buffers.Text;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// A newly remembered device's secrets: the device password the client keeps, and the
/// <c>DeviceSecretVerifierConfig</c> sent to <c>ConfirmDevice</c>.
/// </summary>
/// <param name="DevicePassword">The device password (40 random bytes, Base64); store it with the device key.</param>
/// <param name="PasswordVerifier"><c>PasswordVerifier</c>: Base64(pad(g^x mod N)).</param>
/// <param name="Salt"><c>Salt</c>: Base64(pad(salt)).</param>
internal sealed record DeviceVerifier(string DevicePassword, string PasswordVerifier, string Salt)
{
    /// <summary>The number of random bytes in a device password.</summary>
    public const int PasswordLength = 40;

    /// <summary>The number of random bytes in a device salt.</summary>
    public const int SaltLength = 16;

    /// <summary>Makes a random device password and salt and the matching verifier.</summary>
    public static DeviceVerifier Create(string deviceGroupKey, string deviceKey)
    {
        Span<byte> password = stackalloc byte[PasswordLength];
        Span<byte> salt = stackalloc byte[SaltLength];
        RandomNumberGenerator.Fill(password);
        RandomNumberGenerator.Fill(salt);
        try
        {
            return Create(deviceGroupKey, deviceKey, password, salt);
        }
        finally
        {
            password.Clear();
        }
    }

    /// <summary>
    /// Makes the <c>DeviceSecretVerifierConfig</c> of a random device password that is wiped as soon as its verifier is
    /// computed: it never becomes a string, and nobody (this process included) can ever answer device SRP with it.
    /// </summary>
    /// <returns>The <c>PasswordVerifier</c> and <c>Salt</c> to send to <c>ConfirmDevice</c>.</returns>
    public static (string PasswordVerifier, string Salt) CreateForDiscardedPassword(string deviceGroupKey, string deviceKey)
    {
        ArgumentNullException.ThrowIfNull(deviceGroupKey);
        ArgumentNullException.ThrowIfNull(deviceKey);
        byte[] password = new byte[PasswordLength];
        byte[] passwordBase64 = new byte[Base64.GetMaxEncodedToUtf8Length(PasswordLength)];
        Span<byte> salt = stackalloc byte[SaltLength];
        RandomNumberGenerator.Fill(password);
        RandomNumberGenerator.Fill(salt);
        try
        {
            // The device password is the Base64 text of the random bytes, as for a kept device.
            Base64.EncodeToUtf8(password, passwordBase64, out _, out int written);
            return ComputeConfig(deviceGroupKey, deviceKey, passwordBase64.AsSpan(0, written), salt, SrpGroup.Arithmetic);
        }
        finally
        {
            SecretBytes.Wipe(password, "device password");
            SecretBytes.Wipe(passwordBase64, "device password (Base64)");
        }
    }

    /// <summary>Builds the verifier from given password and salt bytes (for vectors and tests).</summary>
    public static DeviceVerifier Create(string deviceGroupKey, string deviceKey, ReadOnlySpan<byte> passwordBytes, ReadOnlySpan<byte> saltBytes) =>
        Create(deviceGroupKey, deviceKey, passwordBytes, saltBytes, SrpGroup.Arithmetic);

    /// <summary>Builds the verifier from given password and salt bytes, computing g^x with <paramref name="arithmetic"/>.</summary>
    public static DeviceVerifier Create(
        string deviceGroupKey, string deviceKey, ReadOnlySpan<byte> passwordBytes, ReadOnlySpan<byte> saltBytes, IModularArithmetic arithmetic)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        ArgumentNullException.ThrowIfNull(deviceGroupKey);
        ArgumentNullException.ThrowIfNull(deviceKey);
        string devicePassword = Convert.ToBase64String(passwordBytes);
        byte[] passwordUtf8 = Encoding.ASCII.GetBytes(devicePassword);
        try
        {
            var (passwordVerifier, salt) = ComputeConfig(deviceGroupKey, deviceKey, passwordUtf8, saltBytes, arithmetic);
            return new DeviceVerifier(devicePassword, passwordVerifier, salt);
        }
        finally
        {
            SecretBytes.Wipe(passwordUtf8, "device password (Base64)");
        }
    }

    private static (string PasswordVerifier, string Salt) ComputeConfig(
        string deviceGroupKey, string deviceKey, ReadOnlySpan<byte> passwordUtf8, ReadOnlySpan<byte> saltBytes, IModularArithmetic arithmetic)
    {
        // The salt is hashed in exactly the padded form that is sent; hashing the raw 16 bytes
        // instead breaks the devices whose salt has a leading zero byte or a high top bit.
        byte[] paddedSalt = SrpEncoding.Pad(SrpEncoding.FromHash(saltBytes));
        byte[] innerHash = SrpMath.ComputeInnerHash(deviceGroupKey, deviceKey, passwordUtf8);
        BigInteger x;
        try
        {
            x = SrpMath.ComputeX(SrpEncoding.FromHash(paddedSalt), innerHash);
        }
        finally
        {
            SecretBytes.Wipe(innerHash, "password hash");
        }

        BigInteger verifier = arithmetic.PowerOfTwo(x);
        return (Convert.ToBase64String(SrpEncoding.Pad(verifier)), Convert.ToBase64String(paddedSalt));
    }

    /// <inheritdoc/>
    public override string ToString() => nameof(DeviceVerifier);
}
