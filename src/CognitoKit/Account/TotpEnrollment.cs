using CognitoKit.Account;

namespace CognitoKit;

/// <summary>
/// An authenticator-app enrolment in progress: show <see cref="OtpAuthUri"/> as a QR code (or <see cref="SecretCode"/>
/// for typing in), then confirm with a code from the app through <see cref="CognitoAccountMfa.CompleteTotpEnrollmentAsync"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the secret.</remarks>
public sealed class TotpEnrollment
{
    internal TotpEnrollment(string secretCode, string accountName)
    {
        SecretCode = secretCode;
        AccountName = accountName;
    }

    /// <summary>The shared TOTP secret (base32), a secret: never log it.</summary>
    public string SecretCode { get; }

    /// <summary>The account name the authenticator app shows (the username).</summary>
    public string AccountName { get; }

    /// <summary>The <c>otpauth://totp/</c> URI to render as a QR code.</summary>
    /// <param name="issuer">Your app's name, shown by the authenticator app, such as <c>MyApp</c>.</param>
    /// <returns>The URI, every part percent-encoded.</returns>
    public string OtpAuthUri(string issuer) => global::CognitoKit.Account.OtpAuthUri.Create(issuer, AccountName, SecretCode);

    /// <summary>Describes the enrolment without the secret.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"TotpEnrollment {{ AccountName = {AccountName}, SecretCode = *** }}";
}
