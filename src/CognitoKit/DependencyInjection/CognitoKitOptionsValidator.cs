using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// Checks <see cref="CognitoKitOptions"/> at start-up; every failure names the setting and shows the expected form.
/// </summary>
internal sealed partial class CognitoKitOptionsValidator : IValidateOptions<CognitoKitOptions>
{
    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$", RegexOptions.CultureInvariant)]
    internal static partial Regex RegionPattern();

    [GeneratedRegex(@"^[\w-]+_[0-9a-zA-Z]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex UserPoolIdPattern();

    [GeneratedRegex(@"^[\w-]+:[0-9a-f-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityPoolIdPattern();

    [GeneratedRegex(@"^[\w+]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIdPattern();

    public ValidateOptionsResult Validate(string? name, CognitoKitOptions options)
    {
        var failures = new List<string>();
        string prefix = CognitoKitInstance.SettingPrefix(name);

        if (string.IsNullOrWhiteSpace(options.UserPoolId))
        {
            failures.Add($"{prefix}UserPoolId is required, in the form '{{region}}_{{id}}' such as 'us-east-2_D8rs5PBjY'.");
        }
        else if (!UserPoolIdPattern().IsMatch(options.UserPoolId) || options.UserPoolId.Length > 55)
        {
            failures.Add($"{prefix}UserPoolId '{options.UserPoolId}' is not a user pool id; expected '{{region}}_{{id}}' such as 'us-east-2_D8rs5PBjY'.");
        }

        string? region = EffectiveRegion(options);

        // An emulator (cognito-local's 'local_…', LocalStack's) names its pools its own way; with an endpoint override
        // and an explicit Region, the pool id need not start with that region.
        bool emulatorPool = options.UserPoolEndpoint is not null;
        const string EmulatorHint = " Against an emulator whose pool ids do not start with a region, set both UserPoolEndpoint and Region.";

        // Without a Region of its own, the region comes from the pool id, so a bad one is the pool id's fault: one message
        // about it, none about a Region the user never set.
        if (string.IsNullOrWhiteSpace(options.Region))
        {
            if (failures.Count == 0 && (region is null || !RegionPattern().IsMatch(region)))
            {
                failures.Add($"{prefix}UserPoolId '{options.UserPoolId}' does not start with an AWS region; expected '{{region}}_{{id}}' such as 'us-east-2_D8rs5PBjY'."
                    + (emulatorPool ? $" For an emulator's pool id, set {prefix}Region (such as 'us-east-1')." : EmulatorHint));
            }
        }
        else if (!RegionPattern().IsMatch(options.Region))
        {
            failures.Add($"{prefix}Region '{region}' is not an AWS region; expected a form such as 'eu-west-1' (or leave it empty to take it from UserPoolId).");
        }
        else if (!emulatorPool
                 && options.UserPoolId.Contains('_', StringComparison.Ordinal)
                 && !options.UserPoolId.StartsWith(options.Region + "_", StringComparison.Ordinal))
        {
            failures.Add($"{prefix}Region '{options.Region}' does not match the region of {prefix}UserPoolId '{options.UserPoolId}'." + EmulatorHint);
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{prefix}ClientId is required: the app client id of the user pool (letters, digits, '+', '_', up to 128 characters).");
        }
        else if (!ClientIdPattern().IsMatch(options.ClientId) || options.ClientId.Length > 128)
        {
            failures.Add($"{prefix}ClientId '{options.ClientId}' is not an app client id; expected letters, digits, '+' and '_' (up to 128 characters).");
        }

        if (options.ClientSecret is { } secret && string.IsNullOrWhiteSpace(secret))
        {
            failures.Add($"{prefix}ClientSecret is empty; leave it unset when the app client has no secret.");
        }

        if (options.PreviousClientSecret is { } previous && string.IsNullOrWhiteSpace(previous))
        {
            failures.Add($"{prefix}PreviousClientSecret is empty; leave it unset when no secret rotation is under way.");
        }

        if (options.IdentityPoolId is { } pool && (!IdentityPoolIdPattern().IsMatch(pool) || pool.Length > 55))
        {
            failures.Add($"{prefix}IdentityPoolId '{pool}' is not an identity pool id; expected '{{region}}:{{guid}}' such as 'us-east-1:4f9c1d2e-0000-4000-8000-123456789012'.");
        }

        CheckEndpoint(options.UserPoolEndpoint, nameof(options.UserPoolEndpoint), prefix, failures);
        CheckEndpoint(options.IdentityEndpoint, nameof(options.IdentityEndpoint), prefix, failures);
        CheckEndpoint(options.StsEndpoint, nameof(options.StsEndpoint), prefix, failures);
        CheckEndpoint(options.Issuer, nameof(options.Issuer), prefix, failures);

        CheckPositive(options.AttemptTimeout, nameof(options.AttemptTimeout), prefix, failures);
        CheckPositive(options.OverallTimeout, nameof(options.OverallTimeout), prefix, failures);
        if (options.OverallTimeout > TimeSpan.Zero && options.AttemptTimeout > options.OverallTimeout)
        {
            failures.Add($"{prefix}AttemptTimeout ({options.AttemptTimeout}) is longer than {prefix}OverallTimeout ({options.OverallTimeout}).");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            failures.Add($"{prefix}MaxAttempts is {options.MaxAttempts}; expected 1 (no retry) to 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromSeconds(30))
        {
            failures.Add($"{prefix}RetryBaseDelay is {options.RetryBaseDelay}; expected between 00:00:00 and 00:00:30.");
        }

        if (options.RefreshMargin < TimeSpan.Zero || options.RefreshMargin > TimeSpan.FromMinutes(30))
        {
            failures.Add($"{prefix}RefreshMargin is {options.RefreshMargin}; expected between 00:00:00 and 00:30:00.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{prefix}ClockSkew is {options.ClockSkew}; expected between 00:00:00 and 00:05:00 (60 seconds is the default).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The region as configured, or else the part of the user pool id before the underscore.</summary>
    internal static string? EffectiveRegion(CognitoKitOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Region))
        {
            return options.Region;
        }

        int underscore = options.UserPoolId.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 ? options.UserPoolId[..underscore] : null;
    }

    private static void CheckEndpoint(Uri? uri, string name, string prefix, List<string> failures)
    {
        if (uri is null)
        {
            return;
        }

        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{prefix}{name} '{uri}' must be an absolute http or https URI such as 'http://127.0.0.1:9229/'.");
        }
        else if (!PlainHttpRule.Allows(uri))
        {
            failures.Add(PlainHttpRule.Failure(prefix + name, uri));
        }
    }

    private static void CheckPositive(TimeSpan value, string name, string prefix, List<string> failures)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{prefix}{name} is {value}; expected more than 00:00:00 and at most 00:10:00.");
        }
    }
}
