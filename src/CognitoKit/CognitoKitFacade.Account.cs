using CognitoKit.Account;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit;

internal sealed partial class CognitoKitFacade
{
    public SignUpCommand SignUp(string username, string password)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Password(password, nameof(password));
        return new SignUpCommand(_parts.SignUp, username, password);
    }

    public ConfirmSignUpCommand ConfirmSignUp(string username, string code)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Code(code, nameof(code));
        return new ConfirmSignUpCommand(_parts.SignUp, _parts.SignIn, username, code);
    }

    public ResendConfirmationCodeCommand ResendConfirmationCode(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new ResendConfirmationCodeCommand(_parts.SignUp, username);
    }

    public ForgotPasswordCommand ForgotPassword(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new ForgotPasswordCommand(_parts.PasswordRecovery, username);
    }

    public ConfirmForgotPasswordCommand ConfirmForgotPassword(string username, string code, string newPassword)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Code(code, nameof(code));
        InputChecks.Password(newPassword, nameof(newPassword));
        return new ConfirmForgotPasswordCommand(_parts.PasswordRecovery, username, code, newPassword);
    }

    public CognitoAccount Account(CognitoSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new CognitoAccount(new AccountContext(session, _parts.UserPools, _parts.App) { Revocations = _parts.Revocations });
    }

    public CognitoAdmin Admin => _parts.Admin;
}
