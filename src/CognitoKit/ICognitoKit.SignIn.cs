namespace CognitoKit;

/// <summary>Sign-in: SRP by default, every challenge as a typed step, remembered devices.</summary>
public partial interface ICognitoKit
{
    /// <summary>
    /// Prepares a password sign-in, with SRP unless <see cref="SignInCommand.WithPasswordAuth"/> is called. Send it with
    /// <see cref="SignInCommand.SendAsync"/>, then answer challenges until the step is <see cref="SignedIn"/>.
    /// </summary>
    /// <param name="username">The username, or an email address or phone number the pool accepts as one.</param>
    /// <param name="password">The password.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The username or password is empty.</exception>
    SignInCommand SignIn(string username, string password);

    /// <summary>Prepares a custom-challenge sign-in (<c>CUSTOM_AUTH</c>), optionally after SRP (<see cref="CustomAuthSignInCommand.WithSrp"/>).</summary>
    /// <param name="username">The username or alias.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The username is empty.</exception>
    CustomAuthSignInCommand SignInWithCustomAuth(string username);

    /// <summary>Prepares a choice-based sign-in (<c>USER_AUTH</c>): password, SRP, or a one-time code by email or SMS.</summary>
    /// <param name="username">The username or alias.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The username is empty.</exception>
    ChoiceSignInCommand SignInWithChoice(string username);
}
