using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// A custom-challenge sign-in (<c>CUSTOM_AUTH</c>) driven by your Define/Create/Verify-Auth-Challenge Lambdas,
/// optionally after proving the password with SRP (<see cref="WithSrp"/>). Created by
/// <see cref="ICognitoKit.SignInWithCustomAuth"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the password.</remarks>
public sealed class CustomAuthSignInRequest
{
    private readonly SignInFlow _flow;
    private readonly string _username;
    private readonly SignInExtras _extras = new();
    private string? _password;

    internal CustomAuthSignInRequest(SignInFlow flow, string username)
    {
        _flow = flow;
        _username = username;
    }

    /// <summary>Proves the password with SRP before the custom challenges (<c>CHALLENGE_NAME</c> = <c>SRP_A</c>).</summary>
    /// <param name="password">The user's password.</param>
    /// <returns>This request.</returns>
    public CustomAuthSignInRequest WithSrp(string password)
    {
        InputChecks.Password(password, nameof(password));
        _password = password;
        return this;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers this sign-in invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public CustomAuthSignInRequest WithClientMetadata(string key, string value)
    {
        _extras.AddMetadata(key, value);
        return this;
    }

    /// <summary>Names this device if the sign-in confirms it as a new device.</summary>
    /// <param name="deviceName">The name users see when they list their devices.</param>
    /// <returns>This request.</returns>
    public CustomAuthSignInRequest WithDeviceName(string deviceName)
    {
        _extras.SetDeviceName(deviceName);
        return this;
    }

    /// <summary>Starts the sign-in.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Usually a <see cref="CustomChallengeRequired"/>; <see cref="SignedIn"/> when your Lambda issues tokens at once.</returns>
    public Task<SignInStep> SendAsync(CancellationToken cancellationToken) =>
        _flow.StartAsync(
            new SignInStart
            {
                AuthFlow = AuthFlowType.CustomAuth,
                Username = _username,
                Password = _password,
                CustomWithSrp = _password is not null,
                ClientMetadata = _extras.Metadata,
                DeviceName = _extras.DeviceName,
            },
            cancellationToken);

    /// <summary>Describes the request without the password.</summary>
    /// <returns>The username and whether SRP comes first.</returns>
    public override string ToString() => $"CustomAuthSignInRequest {{ Username = {_username}, Srp = {_password is not null} }}";
}
