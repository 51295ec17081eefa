namespace CognitoKit;

/// <summary>
/// How sign-in confirms new devices with Cognito (whenever the pool tracks devices and issues one: kept for the caller
/// with <c>TrackNewDevice</c>, otherwise confirmed with a password thrown away). Set with
/// <c>services.Configure&lt;CognitoDeviceOptions&gt;(o =&gt; o.DeviceName = "Alice's laptop")</c>.
/// </summary>
public sealed class CognitoDeviceOptions
{
    /// <summary>
    /// The name given to a new device in <c>ConfirmDevice</c> (users see it when they list their devices). Default:
    /// the machine name, which on a web server names the server, not the user's browser: set a better one per sign-in with
    /// <c>TrackNewDevice(deviceName)</c>.
    /// </summary>
    public string? DeviceName { get; set; }
}
