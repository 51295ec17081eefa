using CognitoKit.Shared;

namespace CognitoKit.SignIn;

/// <summary>Checks codes typed by the user before they are sent.</summary>
internal static class CodeChecks
{
    /// <summary>A TOTP code: exactly six ASCII digits.</summary>
    public static void Totp(string? code, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(code, parameterName);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("An authenticator code is exactly six digits, with no spaces.", parameterName);
        }
    }

    /// <summary>A code Cognito sent by SMS or email: digits only.</summary>
    public static void Delivered(string? code, string parameterName) => InputChecks.Code(code, parameterName);
}
