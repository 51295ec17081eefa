namespace CognitoKit.Testing;

/// <summary>How to start a <see cref="CognitoEmulator"/>.</summary>
public sealed class CognitoEmulatorOptions
{
    /// <summary>The region in pool ids and device keys. Default <c>us-east-1</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The emulator's clock (token expiry, code expiry, TOTP, SRP timestamps). Default <see cref="TimeProvider.System"/>; pass a FakeTimeProvider to move time in tests.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// A directory that keeps the emulator's state between runs: pools, clients, users, groups, devices, signing keys,
    /// refresh tokens and identity pools survive a restart and a killed process. Null (the default) keeps everything in
    /// memory only. The directory is created if missing and locked for as long as the emulator runs; delete it to start over.
    /// </summary>
    /// <remarks>
    /// A successful answer to a call that changes state is given only once the change is on disk. A directory another
    /// emulator is using, written by an incompatible version, or holding a damaged snapshot makes
    /// <see cref="CognitoEmulator.StartAsync"/> throw <see cref="CognitoEmulatorDataException"/>.
    /// </remarks>
    public string? DataDirectory { get; init; }
}
