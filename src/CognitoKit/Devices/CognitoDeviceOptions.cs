namespace CognitoKit;

/// <summary>
/// How sign-in confirms new devices with Cognito (only used when the user pool tracks devices). Set with
/// <c>services.Configure&lt;CognitoDeviceOptions&gt;(o =&gt; o.DeviceName = "Alice's laptop")</c>.
/// </summary>
public sealed class CognitoDeviceOptions
{
    /// <summary>
    /// The name given to a new device in <c>ConfirmDevice</c> (users see it when they list their devices). Default:
    /// the machine name. A sign-in can override it with <c>WithDeviceName</c>.
    /// </summary>
    public string? DeviceName { get; set; }
}
