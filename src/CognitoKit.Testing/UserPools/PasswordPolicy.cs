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
        if (policies is null || AwsJsonRequest.ReadObject(policies, "PasswordPolicy") is not { } p)
        {
            return Default;
        }

        var minimum = AwsJsonRequest.ReadNumber(p, "MinimumLength") ?? 8;
        if (minimum is < 6 or > 99)
        {
            throw AwsServiceException.InvalidParameter($"1 validation error detected: Value '{minimum}' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value {(minimum < 6 ? "greater than or equal to 6" : "less than or equal to 99")}");
        }

        var temporaryDays = AwsJsonRequest.ReadNumber(p, "TemporaryPasswordValidityDays") ?? 7;
        if (temporaryDays is < 0 or > 365)
        {
            throw AwsServiceException.InvalidParameter($"1 validation error detected: Value '{temporaryDays}' at 'policies.passwordPolicy.temporaryPasswordValidityDays' failed to satisfy constraint: Member must have value {(temporaryDays < 0 ? "greater than or equal to 0" : "less than or equal to 365")}");
        }

        return new PasswordPolicy(
            (int)minimum,
            AwsJsonRequest.ReadBool(p, "RequireUppercase") ?? false,
            AwsJsonRequest.ReadBool(p, "RequireLowercase") ?? false,
            AwsJsonRequest.ReadBool(p, "RequireNumbers") ?? false,
            AwsJsonRequest.ReadBool(p, "RequireSymbols") ?? false,
            (int)temporaryDays);
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
