namespace CognitoKit.Testing;

/// <summary>Why the emulator "sent" a message (see <see cref="EmulatorInbox"/>).</summary>
public enum MessagePurpose
{
    /// <summary>A sign-up confirmation code (<c>SignUp</c>, <c>ResendConfirmationCode</c>); on the debug API, <c>SignUp</c>.</summary>
    SignUp,

    /// <summary>A password reset code (<c>ForgotPassword</c>, <c>AdminResetUserPassword</c>); on the debug API, <c>ForgotPassword</c>.</summary>
    ForgotPassword,

    /// <summary>An attribute verification code (<c>UpdateUserAttributes</c>, <c>GetUserAttributeVerificationCode</c>); on the debug API, <c>VerifyAttribute</c>.</summary>
    VerifyAttribute,

    /// <summary>An SMS MFA code at sign-in; on the debug API, <c>SMS_MFA</c>.</summary>
    SmsMfa,

    /// <summary>An email code at sign-in (email MFA or the email one-time-password factor); on the debug API, <c>EMAIL_OTP</c>.</summary>
    EmailOtp,

    /// <summary>An SMS one-time-password factor at sign-in; on the debug API, <c>SMS_OTP</c>.</summary>
    SmsOtp,

    /// <summary>The temporary password of an admin-created user; on the debug API, <c>AdminCreateUser</c>.</summary>
    AdminCreateUser,
}
