using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// A password sign-in about to be sent; by default with SRP (<c>USER_SRP_AUTH</c>), so the password never leaves the
/// device. Created by <see cref="ICognitoKit.SignIn"/>; finish with <see cref="SendAsync"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the password.</remarks>
public sealed class SignInCommand
{
    private readonly SignInFlow _flow;
    private readonly string _username;
    private readonly string _password;
    private readonly SignInExtras _extras = new();
    private bool _plainPassword;

    internal SignInCommand(SignInFlow flow, string username, string password)
    {
        _flow = flow;
        _username = username;
        _password = password;
    }

    /// <summary>
    /// Sends the password itself over TLS (<c>USER_PASSWORD_AUTH</c>) instead of SRP: needed when users were migrated
    /// by a User-Migration Lambda, which receives the password.
    /// </summary>
    /// <returns>This command.</returns>
    public SignInCommand WithPasswordAuth()
    {
        _plainPassword = true;
        return this;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers this sign-in invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public SignInCommand WithClientMetadata(string key, string value)
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
    public SignInCommand WithDevice(DeviceSecrets? device)
    {
        _extras.SetDevice(device);
        return this;
    }

    /// <summary>
    /// Opts in to device tracking for this sign-in: when Cognito issues a new device, CognitoKit confirms it
    /// (<c>ConfirmDevice</c>) and hands its secrets back in <see cref="SignedIn.NewDevice"/> for the end user's device
    /// to keep. Without this, a new device is still confirmed (Cognito refuses to refresh the session otherwise), but
    /// with a random password thrown away at once: it is never handed out, never marked remembered, and can never skip MFA.
    /// </summary>
    /// <param name="deviceName">The name users see when they list their devices; default
    /// <see cref="CognitoDeviceOptions.DeviceName"/>, else the machine name.</param>
    /// <returns>This command.</returns>
    /// <exception cref="ArgumentException">The name is empty or longer than 1024 characters.</exception>
    public SignInCommand TrackNewDevice(string? deviceName = null)
    {
        _extras.SetTrackNewDevice(deviceName);
        return this;
    }

    /// <summary>Starts the sign-in.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="SignedIn"/>, or the first challenge to answer.</returns>
    /// <exception cref="NotAuthorizedException">Wrong username or password (or the flow is not enabled for the app client).</exception>
    /// <exception cref="UserNotConfirmedException">The user has not confirmed their sign-up.</exception>
    /// <exception cref="PasswordResetRequiredException">An administrator reset the password: use forgot-password.</exception>
    public Task<SignInStep> SendAsync(CancellationToken cancellationToken = default) =>
        _flow.StartAsync(
            _extras.ApplyTo(new SignInStart
            {
                AuthFlow = _plainPassword ? AuthFlowType.UserPasswordAuth : AuthFlowType.UserSrpAuth,
                Username = _username,
                Password = _password,
            }),
            cancellationToken);

    /// <summary>Describes the command without the password.</summary>
    /// <returns>The username and flow.</returns>
    public override string ToString() => $"SignInCommand {{ Username = {_username}, Flow = {(_plainPassword ? AuthFlowType.UserPasswordAuth : AuthFlowType.UserSrpAuth)} }}";
}
