using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

internal sealed partial class CognitoKitFacade
{
    public SignInRequest SignIn(string username, string password)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Password(password, nameof(password));
        return new SignInRequest(_parts.SignIn, username, password);
    }

    public CustomAuthSignInRequest SignInWithCustomAuth(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new CustomAuthSignInRequest(_parts.SignIn, username);
    }

    public ChoiceSignInRequest SignInWithChoice(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new ChoiceSignInRequest(_parts.SignIn, username);
    }
}
