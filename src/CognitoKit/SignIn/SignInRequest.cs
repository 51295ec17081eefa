using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// A password sign-in about to be sent; by default with SRP (<c>USER_SRP_AUTH</c>), so the password never leaves the
/// device. Created by <see cref="ICognitoKit.SignIn"/>; finish with <see cref="SendAsync"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the password.</remarks>
public sealed class SignInRequest
{
    private readonly SignInFlow _flow;
    private readonly string _username;
    private readonly string _password;
    private readonly SignInExtras _extras = new();
    private bool _plainPassword;

    internal SignInRequest(SignInFlow flow, string username, string password)
    {
        _flow = flow;
        _username = username;
        _password = password;
    }

    /// <summary>
    /// Sends the password itself over TLS (<c>USER_PASSWORD_AUTH</c>) instead of SRP: needed when users were migrated
    /// by a User-Migration Lambda, which receives the password.
    /// </summary>
    /// <returns>This request.</returns>
    public SignInRequest WithPasswordAuth()
    {
        _plainPassword = true;
        return this;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers this sign-in invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public SignInRequest WithClientMetadata(string key, string value)
    {
        _extras.AddMetadata(key, value);
        return this;
    }

    /// <summary>Names this device if the sign-in confirms it as a new device (overrides <see cref="CognitoDeviceOptions.DeviceName"/>).</summary>
    /// <param name="deviceName">The name users see when they list their devices.</param>
    /// <returns>This request.</returns>
    public SignInRequest WithDeviceName(string deviceName)
    {
        _extras.SetDeviceName(deviceName);
        return this;
    }

    /// <summary>Starts the sign-in.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="SignedIn"/>, or the first challenge to answer.</returns>
    /// <exception cref="NotAuthorizedException">Wrong username or password (or the flow is not enabled for the app client).</exception>
    /// <exception cref="UserNotConfirmedException">The user has not confirmed their sign-up.</exception>
    /// <exception cref="PasswordResetRequiredException">An administrator reset the password: use forgot-password.</exception>
    public Task<SignInStep> SendAsync(CancellationToken cancellationToken) =>
        _flow.StartAsync(
            new SignInStart
            {
                AuthFlow = _plainPassword ? AuthFlowType.UserPasswordAuth : AuthFlowType.UserSrpAuth,
                Username = _username,
                Password = _password,
                ClientMetadata = _extras.Metadata,
                DeviceName = _extras.DeviceName,
            },
            cancellationToken);

    /// <summary>Describes the request without the password.</summary>
    /// <returns>The username and flow.</returns>
    public override string ToString() => $"SignInRequest {{ Username = {_username}, Flow = {(_plainPassword ? AuthFlowType.UserPasswordAuth : AuthFlowType.UserSrpAuth)} }}";
}
