using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit;

internal sealed partial class CognitoKitFacade
{
    public SignUpCommand SignUp(string username, string password)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Password(password, nameof(password));
        return new SignUpCommand(Get<SignUpFlow>(), username, password);
    }

    public ConfirmSignUpCommand ConfirmSignUp(string username, string code)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Code(code, nameof(code));
        return new ConfirmSignUpCommand(Get<SignUpFlow>(), username, code);
    }

    public ResendConfirmationCodeCommand ResendConfirmationCode(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new ResendConfirmationCodeCommand(Get<SignUpFlow>(), username);
    }

    public ForgotPasswordCommand ForgotPassword(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new ForgotPasswordCommand(Get<PasswordRecoveryFlow>(), username);
    }

    public ConfirmForgotPasswordCommand ConfirmForgotPassword(string username, string code, string newPassword)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Code(code, nameof(code));
        InputChecks.Password(newPassword, nameof(newPassword));
        return new ConfirmForgotPasswordCommand(Get<PasswordRecoveryFlow>(), username, code, newPassword);
    }

    public CognitoAccount Account(CognitoSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new CognitoAccount(new AccountContext(session, Get<IUserPoolsClient>(), Get<AppClient>()));
    }

    public CognitoAdmin Admin => Get<CognitoAdmin>();
}
