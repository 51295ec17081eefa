namespace CognitoKit.Demo;

/// <summary>Which emailed code the user looks for.</summary>
internal enum EmailCode
{
    /// <summary>The sign-up confirmation code.</summary>
    SignUp,

    /// <summary>The password-reset code.</summary>
    PasswordReset,
}
