using CognitoKit.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Hosted;

/// <summary>
/// Checks <see cref="CognitoHostedUIOptions.Domain"/> at start-up when it is set: authorization codes, tokens and the
/// client secret travel to it, so it must be https unless it is this machine (an emulator).
/// </summary>
internal sealed class CognitoHostedUIOptionsValidator : IValidateOptions<CognitoHostedUIOptions>
{
    private const string DomainSetting = CognitoHostedUIOptions.SectionName + ":" + nameof(CognitoHostedUIOptions.Domain);

    public ValidateOptionsResult Validate(string? name, CognitoHostedUIOptions options)
    {
        if (options.Domain is not { } domain)
        {
            return ValidateOptionsResult.Success;
        }

        if (!domain.IsAbsoluteUri || (domain.Scheme != Uri.UriSchemeHttps && domain.Scheme != Uri.UriSchemeHttp))
        {
            return ValidateOptionsResult.Fail($"{DomainSetting} '{domain}' must be an absolute https address such as https://my-app.auth.eu-west-1.amazoncognito.com.");
        }

        return PlainHttpRule.Allows(domain) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(PlainHttpRule.Failure(DomainSetting, domain));
    }
}
