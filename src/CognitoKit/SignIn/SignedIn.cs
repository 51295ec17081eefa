namespace CognitoKit;

/// <summary>The sign-in is complete: the user's <see cref="Session"/> holds their tokens and keeps them fresh.</summary>
public sealed class SignedIn : SignInStep
{
    internal SignedIn(CognitoSession session, NewDevice? newDevice, bool deviceRefused)
    {
        Session = session;
        NewDevice = newDevice;
        DeviceRefused = deviceRefused;
    }

    /// <summary>The signed-in user's session.</summary>
    public CognitoSession Session { get; }

    /// <summary>
    /// The device this sign-in confirmed with Cognito: only when the sign-in asked for it with <c>TrackNewDevice</c>,
    /// the pool tracks devices and no known device was presented. Keep <see cref="NewDevice.Secrets"/> on the end user's
    /// device (replacing any device kept before); when <see cref="NewDevice.IsRemembered"/> is false, ask the user and
    /// call <see cref="NewDevice.RememberAsync"/>.
    /// </summary>
    public NewDevice? NewDevice { get; }

    /// <summary>
    /// True when Cognito refused the device presented with <c>WithDevice</c> (forgotten, deleted, or not this user's):
    /// the sign-in went on without it. Drop what the end user's device kept, unless <see cref="NewDevice"/> replaces it.
    /// </summary>
    public bool DeviceRefused { get; }

    /// <summary>Describes the step without any token.</summary>
    /// <returns>The session's description.</returns>
    public override string ToString() => $"SignedIn {{ {Session} }}";
}
