using CognitoKit.Shared;
using CognitoKit.SignIn;
using CognitoKit.SignUp;

namespace CognitoKit;

/// <summary>A sign-up confirmation about to be sent. Created by <see cref="ICognitoKit.ConfirmSignUp"/>.</summary>
public sealed class ConfirmSignUpCommand
{
    private readonly SignUpFlow _flow;
    private readonly SignInFlow _signIn;
    private readonly string _username;
    private readonly string _code;
    private readonly ClientMetadata _clientMetadata = new();
    private bool _forceAliasCreation;
    private string? _session;

    internal ConfirmSignUpCommand(SignUpFlow flow, SignInFlow signIn, string username, string code)
    {
        _flow = flow;
        _signIn = signIn;
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

    /// <summary>
    /// Passes the <see cref="SignUpResult.Session"/> of this user's sign-up, so that Cognito ties the confirmation to it.
    /// Cognito refuses a session that is used up, expired, another user's or another app client's
    /// (<c>NotAuthorizedException</c>); a wrong code leaves it usable for another try.
    /// </summary>
    /// <param name="session">The session from <see cref="SignUpResult.Session"/>.</param>
    /// <returns>This command.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is empty.</exception>
    public ConfirmSignUpCommand WithSession(string session)
    {
        InputChecks.NotEmpty(session, nameof(session), "sign-up session");
        _session = session;
        return this;
    }

    /// <summary>Sends the confirmation.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The confirmation; when the app client allows choice-based sign-in, <see cref="SignUpConfirmation.SignInAsync"/>
    /// signs the user straight in.
    /// </returns>
    /// <exception cref="CognitoException">For example <c>CodeMismatchException</c> or <c>ExpiredCodeException</c>.</exception>
    public async Task<SignUpConfirmation> SendAsync(CancellationToken cancellationToken = default)
    {
        string? session = await _flow.ConfirmAsync(_username, _code, _forceAliasCreation, _session, _clientMetadata.All, cancellationToken).ConfigureAwait(false);
        return new SignUpConfirmation(_signIn, _username, session);
    }

    /// <summary>Describes the command without the code or session.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => "ConfirmSignUpCommand { Code = ***, Session = " + (_session is null ? "none" : "***") + " }";
}
