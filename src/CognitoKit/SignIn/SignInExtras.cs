using CognitoKit.Shared;

namespace CognitoKit.SignIn;

/// <summary>What every kind of sign-in request may add: client metadata, a presented device, opting in to a new one.</summary>
internal sealed class SignInExtras
{
    private readonly ClientMetadata _metadata = new();

    public IReadOnlyDictionary<string, string>? Metadata => _metadata.OrNull;

    public DeviceSecrets? Device { get; private set; }

    public bool TrackNewDevice { get; private set; }

    public string? DeviceName { get; private set; }

    public void AddMetadata(string key, string value) => _metadata.Add(key, value);

    public void SetDevice(DeviceSecrets? device)
    {
        if (device is not null)
        {
            DeviceSecrets.Check(device, nameof(device));
        }

        Device = device;
    }

    public void SetTrackNewDevice(string? deviceName)
    {
        if (deviceName is not null)
        {
            InputChecks.NotEmpty(deviceName, nameof(deviceName), "device name");
            if (deviceName.Length > 1024)
            {
                throw new ArgumentException("A device name is at most 1024 characters.", nameof(deviceName));
            }
        }

        TrackNewDevice = true;
        DeviceName = deviceName;
    }

    /// <summary>Copies the device choices onto a sign-in start.</summary>
    public SignInStart ApplyTo(SignInStart start) =>
        start with { ClientMetadata = Metadata, Device = Device, TrackNewDevice = TrackNewDevice, DeviceName = DeviceName };
}
