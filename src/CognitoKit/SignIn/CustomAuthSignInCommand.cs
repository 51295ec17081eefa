using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// A custom-challenge sign-in (<c>CUSTOM_AUTH</c>) driven by your Define/Create/Verify-Auth-Challenge Lambdas,
/// optionally after proving the password with SRP (<see cref="WithSrp"/>). Created by
/// <see cref="ICognitoKit.SignInWithCustomAuth"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the password.</remarks>
public sealed class CustomAuthSignInCommand
{
    private readonly SignInFlow _flow;
    private readonly string _username;
    private readonly SignInExtras _extras = new();
    private string? _password;

    internal CustomAuthSignInCommand(SignInFlow flow, string username)
    {
        _flow = flow;
        _username = username;
    }

    /// <summary>Proves the password with SRP before the custom challenges (<c>CHALLENGE_NAME</c> = <c>SRP_A</c>).</summary>
    /// <param name="password">The user's password.</param>
    /// <returns>This command.</returns>
    public CustomAuthSignInCommand WithSrp(string password)
    {
        InputChecks.Password(password, nameof(password));
        _password = password;
        return this;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers this sign-in invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public CustomAuthSignInCommand WithClientMetadata(string key, string value)
    {
        _extras.AddMetadata(key, value);
        return this;
    }

    /// <summary>
    /// Presents a device the end user's device kept from an earlier sign-in (<see cref="NewDevice.Secrets"/>), so
    /// Cognito can recognise it with device SRP and, when the pool allows it, skip MFA. Pass what THIS end user's device
    /// kept (its cookie, its per-user store), never a device kept for the server or for another user. <c>null</c>
    /// presents none. If Cognito refuses the device, the sign-in goes on without it once and
    /// <see cref="SignedIn.DeviceRefused"/> tells you to drop it.
    /// </summary>
    /// <param name="device">The kept device, or <c>null</c>.</param>
    /// <returns>This command.</returns>
    /// <exception cref="ArgumentException">The device lacks its key, group key or password.</exception>
    public CustomAuthSignInCommand WithDevice(DeviceSecrets? device)
    {
        _extras.SetDevice(device);
        return this;
    }

    /// <summary>
    /// Opts in to device tracking for this sign-in: when Cognito issues a new device, CognitoKit confirms it
    /// (<c>ConfirmDevice</c>) and hands its secrets back in <see cref="SignedIn.NewDevice"/> for the end user's device
    /// to keep. Without this, no device is confirmed.
    /// </summary>
    /// <param name="deviceName">The name users see when they list their devices; default
    /// <see cref="CognitoDeviceOptions.DeviceName"/>, else the machine name.</param>
    /// <returns>This command.</returns>
    /// <exception cref="ArgumentException">The name is empty or longer than 1024 characters.</exception>
    public CustomAuthSignInCommand TrackNewDevice(string? deviceName = null)
    {
        _extras.SetTrackNewDevice(deviceName);
        return this;
    }

    /// <summary>Starts the sign-in.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Usually a <see cref="CustomChallengeRequired"/>; <see cref="SignedIn"/> when your Lambda issues tokens at once.</returns>
    public Task<SignInStep> SendAsync(CancellationToken cancellationToken = default) =>
        _flow.StartAsync(
            _extras.ApplyTo(new SignInStart
            {
                AuthFlow = AuthFlowType.CustomAuth,
                Username = _username,
                Password = _password,
                CustomWithSrp = _password is not null,
            }),
            cancellationToken);

    /// <summary>Describes the command without the password.</summary>
    /// <returns>The username and whether SRP comes first.</returns>
    public override string ToString() => $"CustomAuthSignInCommand {{ Username = {_username}, Srp = {_password is not null} }}";
}
