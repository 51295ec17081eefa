using CognitoKit.SignIn;

namespace CognitoKit;

internal sealed partial class CognitoKitFacade
{
    public SignInRequest SignIn(string username, string password)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Password(password, nameof(password));
        return new SignInRequest(Get<SignInFlow>(), username, password);
    }

    public CustomAuthSignInRequest SignInWithCustomAuth(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new CustomAuthSignInRequest(Get<SignInFlow>(), username);
    }

    public ChoiceSignInRequest SignInWithChoice(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new ChoiceSignInRequest(Get<SignInFlow>(), username);
    }
}
