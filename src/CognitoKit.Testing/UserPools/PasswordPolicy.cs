using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>A pool's password policy, with Cognito's defaults (8 characters, all four classes, 7-day temporary passwords).</summary>
internal sealed record PasswordPolicy(int MinimumLength, bool RequireUppercase, bool RequireLowercase, bool RequireNumbers, bool RequireSymbols, int TemporaryPasswordValidityDays)
{
    // The symbols Cognito counts as special characters.
    private const string Symbols = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    public static PasswordPolicy Default { get; } = new(8, true, true, true, true, 7);

    public static PasswordPolicy From(JsonObject? policies)
    {
        if (policies?["PasswordPolicy"] is not JsonObject p)
        {
            return Default;
        }

        return new PasswordPolicy(
            (int?)AwsJsonRequest.ReadLong(p["MinimumLength"]) ?? 8,
            p["RequireUppercase"]?.GetValue<bool>() ?? false,
            p["RequireLowercase"]?.GetValue<bool>() ?? false,
            p["RequireNumbers"]?.GetValue<bool>() ?? false,
            p["RequireSymbols"]?.GetValue<bool>() ?? false,
            (int?)AwsJsonRequest.ReadLong(p["TemporaryPasswordValidityDays"]) ?? 7);
    }

    public JsonObject ToJson() => new()
    {
        ["MinimumLength"] = MinimumLength,
        ["RequireUppercase"] = RequireUppercase,
        ["RequireLowercase"] = RequireLowercase,
        ["RequireNumbers"] = RequireNumbers,
        ["RequireSymbols"] = RequireSymbols,
        ["TemporaryPasswordValidityDays"] = TemporaryPasswordValidityDays,
    };

    /// <summary>Throws InvalidPasswordException with Cognito's wording for the first rule broken.</summary>
    public void Enforce(string password)
    {
        string? reason = null;
        if (password.Length < MinimumLength)
        {
            reason = "Password not long enough";
        }
        else if (RequireLowercase && !password.Any(char.IsLower))
        {
            reason = "Password must have lowercase characters";
        }
        else if (RequireUppercase && !password.Any(char.IsUpper))
        {
            reason = "Password must have uppercase characters";
        }
        else if (RequireNumbers && !password.Any(char.IsAsciiDigit))
        {
            reason = "Password must have numeric characters";
        }
        else if (RequireSymbols && !password.Any(c => Symbols.Contains(c, StringComparison.Ordinal)))
        {
            reason = "Password must have symbol characters";
        }

        if (reason is not null)
        {
            throw new AwsServiceException("InvalidPasswordException", "Password did not conform with policy: " + reason);
        }
    }
}
