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
}
