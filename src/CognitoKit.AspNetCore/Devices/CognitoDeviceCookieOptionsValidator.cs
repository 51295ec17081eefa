using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>Refuses device cookie options that would weaken the cookie or that a browser would drop.</summary>
internal sealed class CognitoDeviceCookieOptionsValidator : IValidateOptions<CognitoDeviceCookieOptions>
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(400);

    public ValidateOptionsResult Validate(string? name, CognitoDeviceCookieOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.CookieName) || options.CookieName.Any(c => c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".Contains(c, StringComparison.Ordinal)))
        {
            failures.Add("CognitoDeviceCookieOptions.CookieName must be a non-empty cookie name (visible ASCII, no separators).");
        }

        if (options.SameSite is not (SameSiteMode.Strict or SameSiteMode.Lax))
        {
            failures.Add($"CognitoDeviceCookieOptions.SameSite must be Strict or Lax, not {options.SameSite}: the device cookie must not be sent on requests other sites start.");
        }

        if (options.MaxAge <= TimeSpan.Zero || options.MaxAge > Longest)
        {
            failures.Add("CognitoDeviceCookieOptions.MaxAge must be more than zero and at most 400 days.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
