using CognitoKit.Devices;

namespace CognitoKit;

/// <summary>
/// A device a sign-in has just confirmed with Cognito, because the sign-in asked for it with <c>TrackNewDevice</c>.
/// Keep <see cref="Secrets"/> on the end user's device and present them at that device's next sign-in with
/// <c>WithDevice</c>; CognitoKit keeps nothing. When the pool remembers devices only on the user's say-so,
/// <see cref="IsRemembered"/> is false until <see cref="RememberAsync"/> is called.
/// </summary>
public sealed class NewDevice
{
    private readonly DeviceRegistrar _registrar;
    private readonly CognitoSession _session;

    internal NewDevice(DeviceRegistrar registrar, CognitoSession session, DeviceSecrets secrets, bool isRemembered)
    {
        _registrar = registrar;
        _session = session;
        Secrets = secrets;
        IsRemembered = isRemembered;
    }

    /// <summary>The device key Cognito issued.</summary>
    public string DeviceKey => Secrets.DeviceKey;

    /// <summary>
    /// The device's key, group key and password: hand them to the end user's device (for example an encrypted cookie)
    /// and nowhere else. They are as sensitive as a refresh token.
    /// </summary>
    public DeviceSecrets Secrets { get; }

    /// <summary>
    /// Whether Cognito remembers the device (so later sign-ins from it may skip MFA). False when the pool asks for the
    /// user's confirmation (<c>UserConfirmationNecessary</c>).
    /// </summary>
    public bool IsRemembered { get; private set; }

    /// <summary>Tells Cognito to remember the device (<c>UpdateDeviceStatus</c> with <c>remembered</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Cognito has remembered the device.</returns>
    public async Task RememberAsync(CancellationToken cancellationToken = default)
    {
        await _registrar.RememberAsync(_session, DeviceKey, cancellationToken).ConfigureAwait(false);
        IsRemembered = true;
    }

    /// <summary>Describes the device without its secrets.</summary>
    /// <returns>The device key and whether it is remembered.</returns>
    public override string ToString() => $"NewDevice {{ DeviceKey = {DeviceKey}, IsRemembered = {IsRemembered} }}";
}
