using System.Text.RegularExpressions;
using CognitoKit.Tokens;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Checks a Cognito scheme's settings when the host starts, so a scheme that could never validate a token stops the app
/// instead of answering 500 to every request. Each failure names the setting as the user wrote it: the configuration key
/// when the scheme was read from a section, the property of <see cref="CognitoAuthenticationOptions"/> otherwise.
/// </summary>
internal sealed partial class CognitoAuthenticationOptionsValidator : IValidateOptions<CognitoAuthenticationOptions>
{
    // The shapes AddCognitoKit's own validation accepts, repeated here so the message can name this scheme's setting.
    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[\w-]+_[0-9a-zA-Z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserPoolIdPattern();

    public ValidateOptionsResult Validate(string? name, CognitoAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // A validator given in code brings its own pool, clients and skew; invalid AddCognitoKit settings are reported by
        // AddCognitoKit's validation, and what the scheme would miss without them is no second problem.
        if (options.Validator is not null || options.CognitoKitInvalid)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>(options.ConfigurationErrors);
        string scheme = $"The Cognito authentication scheme '{name}': ";
        string Key(string key) => options.ConfigurationPath switch
        {
            null => key,
            "" => key,
            var path => path + ":" + key,
        };

        if (options.TrustedPools is { Count: > 0 })
        {
            return ValidateSeveralPools(scheme, options);
        }

        CognitoTokenValidationOptions validation = options.ToValidationOptions();
        CheckPool(validation, Key, failures);

        if (validation.ValidateClientId && (validation.AllowedClientIds is not { Count: > 0 } ids || ids.Any(string.IsNullOrWhiteSpace)))
        {
            failures.Add(options.ConfigurationPath is null
                ? "ClientIds lists no app client: set ClientIds to the app clients whose tokens are accepted (or call AddCognitoKit with a ClientId)."
                : $"{Key("ClientId")} (or a {Key("ClientIds")} array) is not set: name the app clients whose tokens are accepted.");
        }

        if (validation.ClockSkew < TimeSpan.Zero || validation.ClockSkew > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Key("ClockSkew")} is {validation.ClockSkew}; expected between 00:00:00 and 00:05:00.");
        }

        if (!Enum.IsDefined(options.TokenUse))
        {
            failures.Add($"{Key("TokenUse")} is {options.TokenUse}; expected Access or Id.");
        }

        if (failures.Count == 0)
        {
            // Whatever else the validator itself would refuse (a hook of ConfigureValidation, say) is refused now too.
            try
            {
                validation.ThrowIfInvalid();
                _ = validation.ResolveIssuers();
            }
            catch (ArgumentException ex)
            {
                failures.Add(ex.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => scheme + f));
    }

    private static ValidateOptionsResult ValidateSeveralPools(string scheme, CognitoAuthenticationOptions options)
    {
        var failures = new List<string>(options.ConfigurationErrors);
        if (!Enum.IsDefined(options.TokenUse))
        {
            failures.Add($"TokenUse is {options.TokenUse}; expected Access or Id.");
        }

        // What the validator would refuse on the first request (a pool without clients, an issuer trusted twice) is refused now.
        try
        {
            using var unused = new HttpClient();
            _ = new CognitoMultiPoolTokenValidator(options.ToMultiPoolOptions()!, unused);
        }
        catch (ArgumentException ex)
        {
            failures.Add(ex.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => scheme + f));
    }

    private static void CheckPool(CognitoTokenValidationOptions validation, Func<string, string> key, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(validation.Issuer))
        {
            if (!Uri.TryCreate(validation.Issuer, UriKind.Absolute, out Uri? issuer) || (issuer.Scheme != Uri.UriSchemeHttps && issuer.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"{key("Issuer")} '{validation.Issuer}' must be an absolute https URL.");
            }
            else if (!IsAcceptedIssuer(validation.Issuer))
            {
                failures.Add($"{key("Issuer")} must use https unless it points at this machine (localhost, 127.0.0.0/8 or [::1]); got {validation.Issuer}");
            }

            return;
        }

        string? poolId = validation.UserPoolId;
        if (string.IsNullOrWhiteSpace(poolId))
        {
            failures.Add($"{key("UserPoolId")} is not set, so the scheme cannot tell which pool's tokens to trust: set it (such as 'eu-west-1_AbC123'), "
                + $"set {key("Issuer")}, or call AddCognitoKit.");
            return;
        }

        string? region = validation.Region;
        int underscore = poolId.IndexOf('_', StringComparison.Ordinal);
        bool poolIdValid = UserPoolIdPattern().IsMatch(poolId) && poolId.Length <= 55
            && (!string.IsNullOrWhiteSpace(region) || RegionPattern().IsMatch(poolId[..underscore]));
        if (!poolIdValid)
        {
            // One message: the region a missing Region would come from is part of this same bad value.
            failures.Add($"{key("UserPoolId")} '{poolId}' is not a user pool id; expected '{{region}}_{{id}}' such as 'eu-west-1_AbC123'.");
            return;
        }

        if (!string.IsNullOrWhiteSpace(region) && !RegionPattern().IsMatch(region))
        {
            failures.Add($"{key("Region")} '{region}' is not an AWS region; expected a form such as 'eu-west-1' (or leave it empty to take it from {key("UserPoolId")}).");
        }
        else if (!string.IsNullOrWhiteSpace(region) && !poolId.StartsWith(region + "_", StringComparison.Ordinal))
        {
            failures.Add($"{key("Region")} '{region}' does not match the region of {key("UserPoolId")} '{poolId}'.");
        }
    }

    // CognitoKit's validator decides which issuers it accepts (https, or plain http towards this machine only).
    private static bool IsAcceptedIssuer(string issuer)
    {
        try
        {
            _ = new CognitoTokenValidationOptions { Issuer = issuer }.ResolveIssuers();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
