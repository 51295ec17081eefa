namespace CognitoKit;

/// <summary>
/// What a client keeps about a device Cognito remembers for a user: the device key and group key Cognito issued, and
/// the random device password whose verifier was sent to <c>ConfirmDevice</c>. Needed to answer device SRP at the next
/// sign-in, so store it as carefully as a refresh token.
/// </summary>
/// <param name="DeviceKey">The device key, such as <c>us-east-1_0a1b2c3d-...</c>.</param>
/// <param name="DeviceGroupKey">The device group key.</param>
/// <param name="DevicePassword">The device password (secret).</param>
public sealed record DeviceSecrets(string DeviceKey, string DeviceGroupKey, string DevicePassword)
{
    /// <summary>Shows the device key only, never the device password.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"DeviceSecrets {{ DeviceKey = {DeviceKey} }}";
}
