using System.Net;

namespace CognitoKit.Testing;

/// <summary>How to start a <see cref="CognitoEmulator"/>.</summary>
public sealed class CognitoEmulatorOptions
{
    /// <summary>The region in pool ids and device keys. Default <c>us-east-1</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The emulator's clock (token expiry, code expiry, TOTP, SRP timestamps). Default <see cref="TimeProvider.System"/>; pass a FakeTimeProvider to move time in tests.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The port on <see cref="ListenAddress"/>; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// The address the emulator listens on. Default <see cref="IPAddress.Loopback"/> (127.0.0.1): only this machine can
    /// reach it. Another address (such as <see cref="IPAddress.Any"/> inside a container) must be chosen explicitly.
    /// </summary>
    /// <remarks>
    /// Whatever the address, requests must name the emulator by a loopback name, an IP address, or one of
    /// <see cref="AllowedHostNames"/> in their <c>Host</c> header; any other name is refused, so that a web page cannot
    /// reach the emulator through DNS rebinding. IP addresses other than loopback ones are accepted only when the
    /// emulator listens on an address other than loopback.
    /// </remarks>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>
    /// Host names, besides loopback ones, that clients may use in the <c>Host</c> header, such as the service name of a
    /// container (<c>cognito</c>). Empty by default. Matched without the port, ignoring case.
    /// </summary>
    public IReadOnlyList<string> AllowedHostNames { get; init; } = [];

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

    /// <summary>
    /// User pools, app clients, users, groups, resource servers and identity pools to create before the emulator
    /// accepts its first request (see <see cref="CognitoEmulatorSeed"/>). Null (the default) starts empty.
    /// </summary>
    public CognitoEmulatorSeed? Seed { get; init; }

    /// <summary>How long a trigger (delegate or webhook) may take before the operation fails with <c>UnexpectedLambdaException</c>. Default 5 seconds, as Cognito allows.</summary>
    public TimeSpan TriggerTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Where the Lambda functions of pools' <c>LambdaConfig</c> answer, as webhooks: a trigger whose ARN is
    /// <c>arn:aws:lambda:{region}:{account}:function:{name}</c> is POSTed its event at this URL followed by <c>{name}</c>
    /// (e.g. <c>http://127.0.0.1:3000/</c> and <c>preSignUp</c> give <c>http://127.0.0.1:3000/preSignUp</c>). When null (the
    /// default), the <c>COGNITOKIT_LAMBDA_ENDPOINT</c> environment variable is used if set (so the standalone emulator can be
    /// pointed at a local function server); without either, ARN-configured triggers are not called. Delegates on
    /// <see cref="EmulatedUserPool.Triggers"/> always run.
    /// </summary>
    public Uri? LambdaEndpoint { get; init; }

    /// <summary>The environment variable <see cref="LambdaEndpoint"/> falls back to.</summary>
    internal const string LambdaEndpointVariable = "COGNITOKIT_LAMBDA_ENDPOINT";

    /// <summary>
    /// How many requests <see cref="CognitoEmulator.Requests"/> keeps in full; older ones are dropped, while the per-operation
    /// counts and the total keep counting. Default <see cref="EmulatorRequestLog.DefaultCapacity"/> (10,000); 0 keeps none.
    /// </summary>
    /// <remarks>A request takes a few kilobytes in the log (body and headers), so the default holds some tens of megabytes at most.</remarks>
    public int RequestLogCapacity { get; init; } = EmulatorRequestLog.DefaultCapacity;

    /// <summary>How many messages <see cref="CognitoEmulator.Inbox"/> keeps; older ones are dropped. Default <see cref="EmulatorInbox.DefaultCapacity"/> (10,000); 0 keeps none.</summary>
    public int InboxCapacity { get; init; } = EmulatorInbox.DefaultCapacity;
}
