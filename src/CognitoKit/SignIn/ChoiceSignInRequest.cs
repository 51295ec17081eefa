using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Choice-based sign-in (<c>USER_AUTH</c>): the user signs in with a password, a password via SRP, or a one-time code
/// by email or SMS. Without <see cref="Prefer"/>, Cognito answers with a <see cref="FirstFactorSelectionRequired"/>
/// listing what this user may use. Created by <see cref="ICognitoKit.SignInWithChoice"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the password.</remarks>
public sealed class ChoiceSignInRequest
{
    private readonly SignInFlow _flow;
    private readonly string _username;
    private readonly SignInExtras _extras = new();
    private AuthFactor? _preferred;
    private string? _password;

    internal ChoiceSignInRequest(SignInFlow flow, string username)
    {
        _flow = flow;
        _username = username;
    }

    /// <summary>Asks Cognito for this first factor (<c>PREFERRED_CHALLENGE</c>).</summary>
    /// <param name="factor">The factor; the password factors need <see cref="WithPassword"/> too.</param>
    /// <returns>This request.</returns>
    public ChoiceSignInRequest Prefer(AuthFactor factor)
    {
        _ = AuthFactors.ToWire(factor);
        _preferred = factor;
        return this;
    }

    /// <summary>The password, for <see cref="AuthFactor.Password"/> or <see cref="AuthFactor.PasswordSrp"/> (preferred or chosen later).</summary>
    /// <param name="password">The user's password.</param>
    /// <returns>This request.</returns>
    public ChoiceSignInRequest WithPassword(string password)
    {
        InputChecks.Password(password, nameof(password));
        _password = password;
        return this;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers this sign-in invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public ChoiceSignInRequest WithClientMetadata(string key, string value)
    {
        _extras.AddMetadata(key, value);
        return this;
    }

    /// <summary>Names this device if the sign-in confirms it as a new device.</summary>
    /// <param name="deviceName">The name users see when they list their devices.</param>
    /// <returns>This request.</returns>
    public ChoiceSignInRequest WithDeviceName(string deviceName)
    {
        _extras.SetDeviceName(deviceName);
        return this;
    }

    /// <summary>Starts the sign-in.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A code challenge, a <see cref="FirstFactorSelectionRequired"/>, or <see cref="SignedIn"/>.</returns>
    /// <exception cref="InvalidOperationException">A password factor is preferred but no password was given.</exception>
    public Task<SignInStep> SendAsync(CancellationToken cancellationToken)
    {
        if (_preferred is AuthFactor.Password or AuthFactor.PasswordSrp && _password is null)
        {
            throw new InvalidOperationException($"Preferring {_preferred} needs the password: call WithPassword(...) before SendAsync.");
        }

        return _flow.StartAsync(
            new SignInStart
            {
                AuthFlow = AuthFlowType.UserAuth,
                Username = _username,
                Password = _password,
                PreferredChallenge = _preferred is { } factor ? AuthFactors.ToWire(factor) : null,
                ClientMetadata = _extras.Metadata,
                DeviceName = _extras.DeviceName,
            },
            cancellationToken);
    }

    /// <summary>Describes the request without the password.</summary>
    /// <returns>The username and preferred factor.</returns>
    public override string ToString() => $"ChoiceSignInRequest {{ Username = {_username}, Preferred = {_preferred?.ToString() ?? "none"} }}";
}
