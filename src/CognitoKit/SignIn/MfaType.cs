namespace CognitoKit;

/// <summary>A second factor Cognito can ask for after the password.</summary>
public enum MfaType
{
    /// <summary>A code sent by SMS (<c>SMS_MFA</c>).</summary>
    Sms,

    /// <summary>A time-based code from an authenticator app (<c>SOFTWARE_TOKEN_MFA</c>).</summary>
    Totp,

    /// <summary>A code sent by email (<c>EMAIL_OTP</c>).</summary>
    Email,
}
