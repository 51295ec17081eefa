namespace CognitoKit.Shared;

/// <summary>Checks inputs before any network call, each failure naming the parameter (values are never echoed).</summary>
internal static class InputChecks
{
    public static void Username(string? username, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(username, parameterName);
        if (string.IsNullOrWhiteSpace(username))
        {
            throw new ArgumentException("The username must not be empty or white space.", parameterName);
        }
    }

    public static void Password(string? password, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(password, parameterName);
        if (password.Length == 0)
        {
            throw new ArgumentException("The password must not be empty.", parameterName);
        }
    }

    /// <summary>Cognito's confirmation, verification and TOTP codes are decimal digits only.</summary>
    public static void Code(string? code, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(code, parameterName);
        if (code.Length == 0 || code.Length > 2048 || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The code must be the digits the user received, with no spaces or other characters.", parameterName);
        }
    }

    public static void NotEmpty(string? value, string parameterName, string what)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {what} must not be empty or white space.", parameterName);
        }
    }

    public static void Attributes(IReadOnlyDictionary<string, string>? attributes, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(attributes, parameterName);
        if (attributes.Count == 0)
        {
            throw new ArgumentException("At least one attribute is needed.", parameterName);
        }

        foreach (KeyValuePair<string, string> pair in attributes)
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                throw new ArgumentException("An attribute name is empty.", parameterName);
            }

            if (pair.Value is null)
            {
                throw new ArgumentException($"The attribute '{pair.Key}' has a null value.", parameterName);
            }
        }
    }
}
