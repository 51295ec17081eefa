namespace CognitoKit.SignIn;

/// <summary>What every kind of sign-in request may add: client metadata and a device name.</summary>
internal sealed class SignInExtras
{
    private readonly ClientMetadata _metadata = new();

    public IReadOnlyDictionary<string, string>? Metadata => _metadata.OrNull;

    public string? DeviceName { get; private set; }

    public void AddMetadata(string key, string value) => _metadata.Add(key, value);

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
