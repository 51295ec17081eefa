namespace CognitoKit.SignIn;

/// <summary>What every kind of sign-in request may add: client metadata and a device name.</summary>
internal sealed class SignInExtras
{
    private Dictionary<string, string>? _metadata;

    public IReadOnlyDictionary<string, string>? Metadata => _metadata;

    public string? DeviceName { get; private set; }

    public void AddMetadata(string key, string value)
    {
        InputChecks.NotEmpty(key, nameof(key), "client metadata key");
        ArgumentNullException.ThrowIfNull(value);
        (_metadata ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = value;
    }

    public void SetDeviceName(string deviceName)
    {
        InputChecks.NotEmpty(deviceName, nameof(deviceName), "device name");
        if (deviceName.Length > 1024)
        {
            throw new ArgumentException("A device name is at most 1024 characters.", nameof(deviceName));
        }

        DeviceName = deviceName;
    }
}
