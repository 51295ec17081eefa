namespace CognitoKit;

/// <summary>Sign-up, password recovery, the signed-in user's account, and admin operations.</summary>
public partial interface ICognitoKit
{
    /// <summary>Starts a sign-up; add attributes with <see cref="SignUpCommand.WithAttribute"/>, then send it.</summary>
    /// <param name="username">The username (or the email or phone number, when the pool signs in with those).</param>
    /// <param name="password">The password; it must meet the pool's password policy.</param>
    /// <returns>The sign-up, ready to send.</returns>
    /// <exception cref="ArgumentException">The username is empty or the password is null or empty.</exception>
    SignUpCommand SignUp(string username, string password);

    /// <summary>Confirms a sign-up with the code the user received.</summary>
    /// <param name="username">The username given at sign-up.</param>
    /// <param name="code">The confirmation code (digits).</param>
    /// <returns>The confirmation, ready to send.</returns>
    /// <exception cref="ArgumentException">The username is empty or the code is not digits.</exception>
    ConfirmSignUpCommand ConfirmSignUp(string username, string code);

    /// <summary>Asks for a new sign-up confirmation code.</summary>
    /// <param name="username">The username given at sign-up.</param>
    /// <returns>The request, ready to send.</returns>
    ResendConfirmationCodeCommand ResendConfirmationCode(string username);

    /// <summary>Starts a password reset: Cognito sends the user a code.</summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <returns>The request, ready to send.</returns>
    ForgotPasswordCommand ForgotPassword(string username);

    /// <summary>Finishes a password reset with the code the user received.</summary>
    /// <param name="username">The same username as in <see cref="ForgotPassword"/>.</param>
    /// <param name="code">The reset code (digits).</param>
    /// <param name="newPassword">The new password.</param>
    /// <returns>The reset, ready to send.</returns>
    ConfirmForgotPasswordCommand ConfirmForgotPassword(string username, string code, string newPassword);

    /// <summary>The account of a signed-in user: password, attributes, MFA, devices, sign-out and deletion.</summary>
    /// <param name="session">The session from sign-in.</param>
    /// <returns>The account.</returns>
    CognitoAccount Account(CognitoSession session);

    /// <summary>Back-office operations on any user (SigV4-signed; needs AWS credentials).</summary>
    CognitoAdmin Admin { get; }
}
