namespace CognitoKit;

/// <summary>The sign-in is complete: the user's <see cref="Session"/> holds their tokens and keeps them fresh.</summary>
public sealed class SignedIn : SignInStep
{
    internal SignedIn(CognitoSession session, NewDevice? newDevice)
    {
        Session = session;
        NewDevice = newDevice;
    }

    /// <summary>The signed-in user's session.</summary>
    public CognitoSession Session { get; }

    /// <summary>
    /// The device this sign-in confirmed with Cognito (only when the pool tracks devices and this device was new);
    /// when <see cref="NewDevice.IsRemembered"/> is false, ask the user and call <see cref="NewDevice.RememberAsync"/>.
    /// </summary>
    public NewDevice? NewDevice { get; }

    /// <summary>Describes the step without any token.</summary>
    /// <returns>The session's description.</returns>
    public override string ToString() => $"SignedIn {{ {Session} }}";
}
