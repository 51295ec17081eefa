namespace CognitoKit.Testing;

/// <summary>The names of <see cref="MessagePurpose"/> on the debug API (<c>/_emulator/inbox?purpose=</c>), which non-.NET tests use.</summary>
internal static class MessagePurposeNames
{
    public static string WireName(this MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.SignUp => "SignUp",
        MessagePurpose.ForgotPassword => "ForgotPassword",
        MessagePurpose.VerifyAttribute => "VerifyAttribute",
        MessagePurpose.SmsMfa => "SMS_MFA",
        MessagePurpose.EmailOtp => "EMAIL_OTP",
        MessagePurpose.SmsOtp => "SMS_OTP",
        MessagePurpose.AdminCreateUser => "AdminCreateUser",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Not a message purpose."),
    };

    /// <summary>The purpose of a code sent for a sign-in challenge (<c>SMS_MFA</c>, <c>EMAIL_OTP</c>, <c>SMS_OTP</c>).</summary>
    public static MessagePurpose OfChallenge(string challengeName) => challengeName switch
    {
        "SMS_MFA" => MessagePurpose.SmsMfa,
        "EMAIL_OTP" => MessagePurpose.EmailOtp,
        "SMS_OTP" => MessagePurpose.SmsOtp,
        _ => throw new ArgumentOutOfRangeException(nameof(challengeName), challengeName, "No code is sent for this challenge."),
    };
}
