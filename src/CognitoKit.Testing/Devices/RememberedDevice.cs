using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.Devices;

/// <summary>A device a user confirmed: its key, group, SRP verifier and whether it is remembered.</summary>
internal sealed class RememberedDevice
{
    public required string DeviceKey { get; init; }

    public required string DeviceGroupKey { get; init; }

    public SrpVerifier? Verifier { get; set; }

    public string? DeviceName { get; set; }

    public bool Confirmed { get; set; }

    public bool Remembered { get; set; }

    public DateTimeOffset CreateDate { get; init; }

    public DateTimeOffset LastModifiedDate { get; set; }

    public DateTimeOffset LastAuthenticatedDate { get; set; }

    public override string ToString() => DeviceKey;
}
