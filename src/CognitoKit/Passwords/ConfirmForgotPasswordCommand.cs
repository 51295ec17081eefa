using CognitoKit.Passwords;
using CognitoKit.Shared;

namespace CognitoKit;

/// <summary>A new password with its reset code, about to be sent. Created by <see cref="ICognitoKit.ConfirmForgotPassword"/>.</summary>
/// <remarks><see cref="ToString"/> never shows the code or the password.</remarks>
public sealed class ConfirmForgotPasswordCommand
{
    private readonly PasswordRecoveryFlow _flow;
    private readonly string _username;
    private readonly string _code;
    private readonly string _newPassword;
    private readonly ClientMetadata _clientMetadata = new();

    internal ConfirmForgotPasswordCommand(PasswordRecoveryFlow flow, string username, string code, string newPassword)
    {
        _flow = flow;
        _username = username;
        _code = code;
        _newPassword = newPassword;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers the reset invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public ConfirmForgotPasswordCommand WithClientMetadata(string key, string value)
    {
        _clientMetadata.Add(key, value);
        return this;
    }

    /// <summary>Sets the new password.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is changed.</returns>
    /// <exception cref="CognitoException">For example <c>CodeMismatchException</c>, <c>ExpiredCodeException</c> or <c>InvalidPasswordException</c>.</exception>
    public Task SendAsync(CancellationToken cancellationToken = default) =>
        _flow.ConfirmAsync(_username, _code, _newPassword, _clientMetadata.All, cancellationToken);

    /// <summary>Describes the command without the code or password.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => "ConfirmForgotPasswordCommand { Code = ***, NewPassword = *** }";
}
