namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of a pre sign-up event.</summary>
public sealed class PreSignUpResponse
{
    /// <summary>Confirm the user at once: SignUp answers <c>UserConfirmed: true</c> and sends no code.</summary>
    public bool AutoConfirmUser { get; set; }

    /// <summary>Mark the email verified (the user must have one).</summary>
    public bool AutoVerifyEmail { get; set; }

    /// <summary>Mark the phone number verified (the user must have one).</summary>
    public bool AutoVerifyPhone { get; set; }
}
