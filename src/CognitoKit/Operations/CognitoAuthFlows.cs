namespace CognitoKit;

/// <summary>
/// The sign-in flows an app uses, so the start-up configuration check (<c>VerifyConfigurationAtStartup</c>) knows which
/// of the app client's authentication flows must be enabled.
/// </summary>
[Flags]
public enum CognitoAuthFlows
{
    /// <summary>No flow.</summary>
    None = 0,

    /// <summary><c>cognito.SignIn(username, password)</c> with SRP (the default): needs <c>ALLOW_USER_SRP_AUTH</c>.</summary>
    UserSrp = 1,

    /// <summary>Sign-in sending the password itself (<c>.WithPasswordAuth()</c>): needs <c>ALLOW_USER_PASSWORD_AUTH</c>.</summary>
    UserPassword = 2,

    /// <summary><c>cognito.SignInWithCustomAuth(...)</c>: needs <c>ALLOW_CUSTOM_AUTH</c>.</summary>
    CustomAuth = 4,

    /// <summary><c>cognito.SignInWithChoice(...)</c> (choice-based sign-in): needs <c>ALLOW_USER_AUTH</c>.</summary>
    UserAuth = 8,

    /// <summary>Sessions that refresh themselves: needs <c>ALLOW_REFRESH_TOKEN_AUTH</c>.</summary>
    RefreshToken = 16,
}
