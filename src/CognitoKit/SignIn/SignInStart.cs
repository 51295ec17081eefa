using CognitoKit.Shared;

namespace CognitoKit.SignIn;

/// <summary>How a sign-in begins: the flow, what the user typed, and the optional extras.</summary>
internal sealed record SignInStart
{
    public required string AuthFlow { get; init; }

    /// <summary>What the user typed: a username, or an email address or phone number used as one.</summary>
    public required string Username { get; init; }

    /// <summary>The password, for flows that prove it (SRP or plain); never logged.</summary>
    public string? Password { get; init; }

    /// <summary>For <c>CUSTOM_AUTH</c>: start with SRP (<c>CHALLENGE_NAME</c> = <c>SRP_A</c>).</summary>
    public bool CustomWithSrp { get; init; }

    /// <summary>For <c>USER_AUTH</c>: the wire name of the preferred first factor.</summary>
    public string? PreferredChallenge { get; init; }

    /// <summary>For <c>USER_AUTH</c>: the session ConfirmSignUp returned, which stands in for the first factor; never logged.</summary>
    public string? SignUpSession { get; init; }

    public IReadOnlyDictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>The device the caller presented (kept on the end user's device); null for none.</summary>
    public DeviceSecrets? Device { get; init; }

    /// <summary>Whether a new device Cognito issues is confirmed and its secrets handed back (opt-in).</summary>
    public bool TrackNewDevice { get; init; }

    /// <summary>The name of a device confirmed by this sign-in.</summary>
    public string? DeviceName { get; init; }

    /// <summary>True when <see cref="Device"/> came from the app's <see cref="ICognitoDeviceKeeper"/>, not from the caller.</summary>
    public bool DeviceFromKeeper { get; init; }

    /// <summary>
    /// True for a server-side sign-in through <c>AdminInitiateAuth</c> and <c>AdminRespondToAuthChallenge</c>, signed with
    /// the admin credentials (<see cref="CognitoAdmin.SignInAsync"/>); no kept device is presented.
    /// </summary>
    public bool Admin { get; init; }

    /// <summary>True on the retry after Cognito refused the presented device, so it is not offered again.</summary>
    public bool DeviceRefused { get; init; }

    public override string ToString() => $"SignInStart {{ AuthFlow = {AuthFlow}, Admin = {Admin} }}";
}
