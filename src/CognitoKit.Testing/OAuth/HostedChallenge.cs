using System.Text.Json;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// A challenge shown on a hosted page: its name (Cognito's, or one of the set-up steps below), the single-use session
/// the answer goes with, the user it is for, and the parameters the page shows (carried in the form, for display only:
/// every answer is checked against the session on the server).
/// </summary>
internal sealed record HostedChallenge(string Name, string Session, string Username, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The page of MFA_SETUP with an authenticator app: the secret, then its first code.</summary>
    public const string SetUpTotp = "MFA_SETUP_TOTP";

    /// <summary>The page of MFA_SETUP by email: the address the codes go to.</summary>
    public const string SetUpEmail = "MFA_SETUP_EMAIL";

    /// <summary>The parameter holding the new authenticator secret on the TOTP set-up page.</summary>
    public const string SecretParameter = "SECRET_CODE";

    /// <summary>The parameter holding the <c>otpauth://</c> address of that secret.</summary>
    public const string OtpAuthParameter = "OTPAUTH_URI";

    /// <summary>The form fields that carry parameters start with this.</summary>
    public const string ParameterPrefix = "param.";

    /// <summary>The challenges the hosted pages answer.</summary>
    public static readonly IReadOnlySet<string> Answerable = new HashSet<string>(StringComparer.Ordinal)
    {
        "NEW_PASSWORD_REQUIRED", "SOFTWARE_TOKEN_MFA", "SMS_MFA", "EMAIL_OTP", "SELECT_MFA_TYPE", SetUpTotp, SetUpEmail,
    };

    public static IReadOnlyDictionary<string, string> ReadParameters(IReadOnlyDictionary<string, string> form) =>
        form.Where(f => f.Key.StartsWith(ParameterPrefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[ParameterPrefix.Length..], f => f.Value, StringComparer.Ordinal);

    /// <summary>A challenge parameter holding a JSON array of strings (MFAS_CAN_CHOOSE, requiredAttributes); empty when absent or not one.</summary>
    public static IReadOnlyList<string> List(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(json, Host.TestingJsonContext.Default.StringArray) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The address authenticator apps read from a QR code: issuer and account label, the secret, and the issuer again.</summary>
    public static string OtpAuthUri(string issuer, string username, string secret) =>
        "otpauth://totp/" + Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(username)
        + "?secret=" + Uri.EscapeDataString(secret) + "&issuer=" + Uri.EscapeDataString(issuer);

    public override string ToString() => "HostedChallenge " + Name;
}

/// <summary>What the user typed cannot be sent on (empty, mismatched, too weak): the same page is shown with the message.</summary>
internal sealed class HostedInputException(string message) : Exception(message);
