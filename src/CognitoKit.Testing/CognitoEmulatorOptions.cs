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
    /// How many requests <see cref="CognitoEmulator.Requests"/> keeps in full; older ones are dropped, while the per-operation
    /// counts and the total keep counting. Default <see cref="EmulatorRequestLog.DefaultCapacity"/> (10,000); 0 keeps none.
    /// </summary>
    /// <remarks>A request takes a few kilobytes in the log (body and headers), so the default holds some tens of megabytes at most.</remarks>
    public int RequestLogCapacity { get; init; } = EmulatorRequestLog.DefaultCapacity;

    /// <summary>How many messages <see cref="CognitoEmulator.Inbox"/> keeps; older ones are dropped. Default <see cref="EmulatorInbox.DefaultCapacity"/> (10,000); 0 keeps none.</summary>
    public int InboxCapacity { get; init; } = EmulatorInbox.DefaultCapacity;
}
