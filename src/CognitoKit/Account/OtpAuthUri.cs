using System.Text;
using CognitoKit.Shared;

namespace CognitoKit.Account;

/// <summary>
/// The <c>otpauth://totp/...</c> URI authenticator apps read from a QR code, for a TOTP secret Cognito issued
/// (used by account MFA enrolment and by the sign-in <c>MFA_SETUP</c> step).
/// </summary>
internal static class OtpAuthUri
{
    /// <summary>
    /// <c>otpauth://totp/{issuer}:{account}?secret={secret}&amp;issuer={issuer}</c>, each part percent-encoded (the
    /// colon between issuer and account is the label separator and stays literal).
    /// </summary>
    public static string Create(string issuer, string accountName, string secretCode)
    {
        InputChecks.NotEmpty(issuer, nameof(issuer), "issuer");
        InputChecks.NotEmpty(accountName, nameof(accountName), "account name");
        InputChecks.NotEmpty(secretCode, nameof(secretCode), "secret code");
        string escapedIssuer = Uri.EscapeDataString(issuer);
        return new StringBuilder("otpauth://totp/")
            .Append(escapedIssuer).Append(':').Append(Uri.EscapeDataString(accountName))
            .Append("?secret=").Append(Uri.EscapeDataString(secretCode))
            .Append("&issuer=").Append(escapedIssuer)
            .ToString();
    }
}
