using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Choice-based sign-in (<c>USER_AUTH</c>): the user signs in with a password, a password via SRP, a one-time code
/// by email or SMS, or a passkey. Without <see cref="Prefer"/>, Cognito answers with a <see cref="FirstFactorSelectionRequired"/>
/// listing what this user may use. Created by <see cref="ICognitoKit.SignInWithChoice"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the password.</remarks>
public sealed class ChoiceSignInCommand
{
    private readonly SignInFlow _flow;
    private readonly string _username;
    private readonly SignInExtras _extras = new();
    private AuthFactor? _preferred;
    private string? _password;
    private string? _signUpSession;

    internal ChoiceSignInCommand(SignInFlow flow, string username)
    {
        _flow = flow;
        _username = username;
    }

    /// <summary>Asks Cognito for this first factor (<c>PREFERRED_CHALLENGE</c>).</summary>
    /// <param name="factor">The factor; the password factors need <see cref="WithPassword"/> too.</param>
    /// <returns>This command.</returns>
    public ChoiceSignInCommand Prefer(AuthFactor factor)
    {
        _ = AuthFactors.ToWire(factor);
        _preferred = factor;
        return this;
    }

    /// <summary>The password, for <see cref="AuthFactor.Password"/> or <see cref="AuthFactor.PasswordSrp"/> (preferred or chosen later).</summary>
    /// <param name="password">The user's password.</param>
    /// <returns>This command.</returns>
    public ChoiceSignInCommand WithPassword(string password)
    {
        InputChecks.Password(password, nameof(password));
        _password = password;
        return this;
    }

    /// <summary>
    /// Signs in with the session of a confirmed sign-up (<see cref="SignUpConfirmation.Session"/>) instead of a first
    /// factor: the confirmation code already proved the user. For when the confirmation and the sign-in happen in
    /// different requests; otherwise call <see cref="SignUpConfirmation.SignInAsync"/>. Cannot be combined with
    /// <see cref="Prefer"/>.
    /// </summary>
    /// <param name="session">The session ConfirmSignUp returned.</param>
    /// <returns>This command.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is empty.</exception>
    public ChoiceSignInCommand WithSignUpSession(string session)
    {
        InputChecks.NotEmpty(session, nameof(session), "sign-up session");
        _signUpSession = session;
        return this;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers this sign-in invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public ChoiceSignInCommand WithClientMetadata(string key, string value)
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
    public ChoiceSignInCommand WithDevice(DeviceSecrets? device)
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
    public ChoiceSignInCommand TrackNewDevice(string? deviceName = null)
    {
        _extras.SetTrackNewDevice(deviceName);
        return this;
    }

    /// <summary>Starts the sign-in.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A code challenge, a <see cref="PasskeyRequired"/>, a <see cref="FirstFactorSelectionRequired"/>, or <see cref="SignedIn"/>.</returns>
    /// <exception cref="InvalidOperationException">
    /// A password factor is preferred but no password was given, or a factor is preferred with a sign-up session.
    /// </exception>
    /// <exception cref="SignUpSessionRefusedException">The sign-up session was used already, expired, or is not this user's.</exception>
    public Task<SignInStep> SendAsync(CancellationToken cancellationToken = default)
    {
        if (_signUpSession is not null && _preferred is not null)
        {
            throw new InvalidOperationException("A sign-up session stands in for the first factor: do not call Prefer(...) with WithSignUpSession(...).");
        }

        if (_preferred is AuthFactor.Password or AuthFactor.PasswordSrp && _password is null)
        {
            throw new InvalidOperationException($"Preferring {_preferred} needs the password: call WithPassword(...) before SendAsync.");
        }

        return _flow.StartAsync(
            _extras.ApplyTo(new SignInStart
            {
                AuthFlow = AuthFlowType.UserAuth,
                Username = _username,
                Password = _password,
                PreferredChallenge = _preferred is { } factor ? AuthFactors.ToWire(factor) : null,
                SignUpSession = _signUpSession,
            }),
            cancellationToken);
    }

    /// <summary>Describes the command without the password.</summary>
    /// <returns>The username and preferred factor.</returns>
    public override string ToString() => $"ChoiceSignInCommand {{ Username = {_username}, Preferred = {_preferred?.ToString() ?? "none"}, SignUpSession = {(_signUpSession is null ? "none" : "***")} }}";
}
