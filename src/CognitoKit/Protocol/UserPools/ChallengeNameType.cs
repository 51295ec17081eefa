namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// The challenge names Cognito asks or accepts. The wire members stay strings so a value Cognito adds later never fails a read;
/// these are the values the model knows.
/// </summary>
internal static class ChallengeNameType
{
    /// <summary><c>SMS_MFA</c>.</summary>
    public const string SmsMfa = "SMS_MFA";

    /// <summary><c>EMAIL_OTP</c>.</summary>
    public const string EmailOtp = "EMAIL_OTP";

    /// <summary><c>SOFTWARE_TOKEN_MFA</c>.</summary>
    public const string SoftwareTokenMfa = "SOFTWARE_TOKEN_MFA";

    /// <summary><c>SELECT_MFA_TYPE</c>.</summary>
    public const string SelectMfaType = "SELECT_MFA_TYPE";

    /// <summary><c>MFA_SETUP</c>.</summary>
    public const string MfaSetup = "MFA_SETUP";

    /// <summary><c>PASSWORD_VERIFIER</c>.</summary>
    public const string PasswordVerifier = "PASSWORD_VERIFIER";

    /// <summary><c>CUSTOM_CHALLENGE</c>.</summary>
    public const string CustomChallenge = "CUSTOM_CHALLENGE";

    /// <summary><c>SELECT_CHALLENGE</c>.</summary>
    public const string SelectChallenge = "SELECT_CHALLENGE";

    /// <summary><c>DEVICE_SRP_AUTH</c>.</summary>
    public const string DeviceSrpAuth = "DEVICE_SRP_AUTH";

    /// <summary><c>DEVICE_PASSWORD_VERIFIER</c>.</summary>
    public const string DevicePasswordVerifier = "DEVICE_PASSWORD_VERIFIER";

    /// <summary><c>ADMIN_NO_SRP_AUTH</c>.</summary>
    public const string AdminNoSrpAuth = "ADMIN_NO_SRP_AUTH";

    /// <summary><c>NEW_PASSWORD_REQUIRED</c>.</summary>
    public const string NewPasswordRequired = "NEW_PASSWORD_REQUIRED";

    /// <summary><c>SMS_OTP</c>.</summary>
    public const string SmsOtp = "SMS_OTP";

    /// <summary><c>PASSWORD</c>.</summary>
    public const string Password = "PASSWORD";

    /// <summary><c>WEB_AUTHN</c>.</summary>
    public const string WebAuthn = "WEB_AUTHN";

    /// <summary><c>PASSWORD_SRP</c>.</summary>
    public const string PasswordSrp = "PASSWORD_SRP";
}
