using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

public sealed partial class CognitoAdmin
{
    /// <summary>The sign-in state machine shared with the façade's own sign-in.</summary>
    internal SignInFlow? SignInFlow { get; init; }

    /// <summary>
    /// Signs a user in from the server (<c>AdminInitiateAuth</c> with <c>ADMIN_USER_PASSWORD_AUTH</c>, signed with the admin
    /// credentials): the password goes to Cognito over TLS. The app client must allow <c>ALLOW_ADMIN_USER_PASSWORD_AUTH</c>.
    /// </summary>
    /// <remarks>
    /// The result is the same as <see cref="ICognitoKit.SignIn"/>'s: <see cref="SignedIn"/> or a challenge
    /// (<see cref="NewPasswordRequired"/>, <see cref="TotpCodeRequired"/>, <see cref="SmsCodeRequired"/>, ...), answered the same
    /// way; the answers go to <c>AdminRespondToAuthChallenge</c>. The session refreshes like any other.
    /// </remarks>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="password">The password; never logged.</param>
    /// <param name="clientMetadata">Passed to the Lambda triggers this sign-in invokes; optional.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="SignedIn"/>, or the first challenge to answer.</returns>
    /// <exception cref="Errors.NotAuthorizedException">Wrong username or password, a disabled user, or the flow is not enabled for the app client.</exception>
    /// <exception cref="Errors.PasswordResetRequiredException">An administrator reset the password.</exception>
    public Task<SignInStep> SignInAsync(
        string username, string password, IReadOnlyDictionary<string, string>? clientMetadata = null, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Password(password, nameof(password));
        Dictionary<string, string>? metadata = Metadata(clientMetadata);
        SignInFlow flow = SignInFlow ?? throw new InvalidOperationException("This CognitoAdmin was made without the sign-in flow; get it from ICognitoKit.Admin.");
        return flow.StartAsync(
            new SignInStart { AuthFlow = AuthFlowType.AdminUserPasswordAuth, Username = username, Password = password, ClientMetadata = metadata, Admin = true },
            cancellationToken);
    }
}
