using CognitoKit.Passwords;
using CognitoKit.Shared;

namespace CognitoKit;

/// <summary>A request for a password-reset code. Created by <see cref="ICognitoKit.ForgotPassword"/>.</summary>
public sealed class ForgotPasswordCommand
{
    private readonly PasswordRecoveryFlow _flow;
    private readonly string _username;
    private readonly ClientMetadata _clientMetadata = new();

    internal ForgotPasswordCommand(PasswordRecoveryFlow flow, string username)
    {
        _flow = flow;
        _username = username;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers the request invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public ForgotPasswordCommand WithClientMetadata(string key, string value)
    {
        _clientMetadata.Add(key, value);
        return this;
    }

    /// <summary>Asks Cognito to send the user a code to reset their password with.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where the code went.</returns>
    /// <exception cref="CognitoException">For example <c>UserNotFoundException</c> (unless the pool hides it) or <c>LimitExceededException</c>.</exception>
    public Task<CodeDelivery> SendAsync(CancellationToken cancellationToken = default) =>
        _flow.ForgotAsync(_username, _clientMetadata.All, cancellationToken);
}
