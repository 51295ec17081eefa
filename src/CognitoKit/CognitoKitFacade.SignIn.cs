using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

internal sealed partial class CognitoKitFacade
{
    public SignInCommand SignIn(string username, string password)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Password(password, nameof(password));
        return new SignInCommand(_parts.SignIn, username, password);
    }

    public CustomAuthSignInCommand SignInWithCustomAuth(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new CustomAuthSignInCommand(_parts.SignIn, username);
    }

    public ChoiceSignInCommand SignInWithChoice(string username)
    {
        InputChecks.Username(username, nameof(username));
        return new ChoiceSignInCommand(_parts.SignIn, username);
    }
}
