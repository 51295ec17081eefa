namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// The sign-in flows (<c>AuthFlow</c>). The wire members stay strings so a value Cognito adds later never fails a read;
/// these are the values the model knows.
/// </summary>
internal static class AuthFlowType
{
    /// <summary><c>USER_SRP_AUTH</c>.</summary>
    public const string UserSrpAuth = "USER_SRP_AUTH";

    /// <summary><c>REFRESH_TOKEN_AUTH</c>.</summary>
    public const string RefreshTokenAuth = "REFRESH_TOKEN_AUTH";

    /// <summary><c>REFRESH_TOKEN</c>.</summary>
    public const string RefreshToken = "REFRESH_TOKEN";

    /// <summary><c>CUSTOM_AUTH</c>.</summary>
    public const string CustomAuth = "CUSTOM_AUTH";

    /// <summary><c>ADMIN_NO_SRP_AUTH</c>.</summary>
    public const string AdminNoSrpAuth = "ADMIN_NO_SRP_AUTH";

    /// <summary><c>USER_PASSWORD_AUTH</c>.</summary>
    public const string UserPasswordAuth = "USER_PASSWORD_AUTH";

    /// <summary><c>ADMIN_USER_PASSWORD_AUTH</c>.</summary>
    public const string AdminUserPasswordAuth = "ADMIN_USER_PASSWORD_AUTH";

    /// <summary><c>USER_AUTH</c>.</summary>
    public const string UserAuth = "USER_AUTH";
}
