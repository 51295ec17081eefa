namespace CognitoKit;

/// <summary>A first factor for choice-based sign-in (<c>USER_AUTH</c>).</summary>
public enum AuthFactor
{
    /// <summary>The password, sent as is over TLS (<c>PASSWORD</c>).</summary>
    Password,

    /// <summary>The password, proven with SRP so it never leaves the device (<c>PASSWORD_SRP</c>).</summary>
    PasswordSrp,

    /// <summary>A one-time code sent by email (<c>EMAIL_OTP</c>).</summary>
    EmailOtp,

    /// <summary>A one-time code sent by SMS (<c>SMS_OTP</c>).</summary>
    SmsOtp,

    /// <summary>A passkey (<c>WEB_AUTHN</c>); Cognito answers with a <see cref="PasskeyRequired"/> for the browser to sign.</summary>
    WebAuthn,
}
