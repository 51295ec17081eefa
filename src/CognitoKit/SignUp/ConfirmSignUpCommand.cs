using CognitoKit.Shared;
using CognitoKit.SignUp;

namespace CognitoKit;

/// <summary>A sign-up confirmation about to be sent. Created by <see cref="ICognitoKit.ConfirmSignUp"/>.</summary>
public sealed class ConfirmSignUpCommand
{
    private readonly SignUpFlow _flow;
    private readonly string _username;
    private readonly string _code;
    private readonly ClientMetadata _clientMetadata = new();
    private bool _forceAliasCreation;

    internal ConfirmSignUpCommand(SignUpFlow flow, string username, string code)
    {
        _flow = flow;
        _username = username;
        _code = code;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers the confirmation invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public ConfirmSignUpCommand WithClientMetadata(string key, string value)
    {
        _clientMetadata.Add(key, value);
        return this;
    }

    /// <summary>
    /// Moves an email or phone alias from another user who already has it to this one (<c>ForceAliasCreation</c>).
    /// Off by default, when such a confirmation fails with <c>AliasExistsException</c>.
    /// </summary>
    /// <returns>This command.</returns>
    public ConfirmSignUpCommand ForcingAliasCreation()
    {
        _forceAliasCreation = true;
        return this;
    }

    /// <summary>Sends the confirmation.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is confirmed.</returns>
    /// <exception cref="CognitoException">For example <c>CodeMismatchException</c> or <c>ExpiredCodeException</c>.</exception>
    public Task SendAsync(CancellationToken cancellationToken = default) =>
        _flow.ConfirmAsync(_username, _code, _forceAliasCreation, _clientMetadata.All, cancellationToken);

    /// <summary>Describes the command without the code.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => "ConfirmSignUpCommand { Code = *** }";
}
