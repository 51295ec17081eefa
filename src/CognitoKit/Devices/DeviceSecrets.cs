namespace CognitoKit;

/// <summary>
/// What the end user's device keeps about itself once Cognito tracks it: the device key and group key Cognito issued,
/// and the random device password whose verifier was sent to <c>ConfirmDevice</c>. CognitoKit never keeps them: a
/// sign-in hands them to you in <see cref="NewDevice.Secrets"/>, you keep them on that device (an encrypted cookie in
/// that browser, a per-user protected file or keychain entry on that computer), and the next sign-in from the same
/// device presents them with <c>WithDevice</c>. They answer device SRP, which can let the user skip MFA: keep them as
/// carefully as a refresh token, and never share them between end users or devices.
/// </summary>
/// <param name="DeviceKey">The device key, such as <c>us-east-1_0a1b2c3d-...</c>.</param>
/// <param name="DeviceGroupKey">The device group key.</param>
/// <param name="DevicePassword">The device password (secret).</param>
public sealed record DeviceSecrets(string DeviceKey, string DeviceGroupKey, string DevicePassword)
{
    /// <summary>Shows the device key only, never the device password.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"DeviceSecrets {{ DeviceKey = {DeviceKey} }}";

    /// <summary>Throws a clear error when a kept device lacks one of its parts (never showing the password).</summary>
    internal static void Check(DeviceSecrets device, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(device.DeviceKey) || string.IsNullOrWhiteSpace(device.DeviceGroupKey) || string.IsNullOrEmpty(device.DevicePassword))
        {
            throw new ArgumentException("The device's DeviceKey, DeviceGroupKey and DevicePassword must all be set.", parameterName);
        }
    }
}
