using CognitoKit.Shared;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.SignIn;

/// <summary>The state one sign-in attempt carries from step to step. Holds secrets: never logged or shown.</summary>
internal sealed class SignInContext
{
    public SignInContext(SignInFlow flow, SignInStart start)
    {
        Flow = flow;
        Start = start;
        Username = start.Username;
        Password = start.Password;
        Device = start.Device;
        ClientMetadata = start.ClientMetadata is { Count: > 0 } metadata ? new Dictionary<string, string>(metadata) : null;
    }

    public SignInFlow Flow { get; }

    public SignInStart Start { get; }

    /// <summary>What the user typed (an alias such as an email address, possibly).</summary>
    public string TypedUsername => Start.Username;

    /// <summary>The username Cognito knows the user by, taken from the challenges as soon as Cognito tells it.</summary>
    public string Username { get; set; }

    /// <summary>The password, until the SRP claim that needs it has been made.</summary>
    public string? Password { get; set; }

    /// <summary>The client secret the last accepted SECRET_HASH was made with (the previous one after a rotation).</summary>
    public string? Secret { get; set; }

    /// <summary>The ephemeral whose <c>SRP_A</c> was sent and whose <c>PASSWORD_VERIFIER</c> is due.</summary>
    public SrpEphemeral? Ephemeral { get; set; }

    public Dictionary<string, string>? ClientMetadata { get; }

    /// <summary>The device the caller presented for this sign-in (its key is sent as <c>DEVICE_KEY</c>).</summary>
    public DeviceSecrets? Device { get; }

    /// <summary>The ephemeral of the device SRP exchange in progress.</summary>
    public SrpEphemeral? DeviceEphemeral { get; set; }

    public override string ToString() => nameof(SignInContext);
}
