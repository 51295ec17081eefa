using CognitoKit.DependencyInjection;
using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.Hosted;

/// <summary>
/// The validator of hosted sign-in: the <c>AddCognitoKit</c> pool, and only the hosted-UI app client. It is its own, so
/// configuring a hosted-UI client never widens the app-wide <see cref="ICognitoTokenValidator"/> an API relies on.
/// </summary>
internal sealed class HostedTokenValidator
{
    private readonly Lazy<CognitoTokenValidator> _validator;

    public HostedTokenValidator(
        IOptions<CognitoHostedUIOptions> hosted,
        IOptions<CognitoKitOptions> kit,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILoggerFactory? loggerFactory)
    {
        // Not cached on failure: a missing client id is reported on every attempt, as the other hosted settings are.
        _validator = new(
            () => Create(hosted.Value, kit.Value, httpClientFactory, time, loggerFactory),
            LazyThreadSafetyMode.PublicationOnly);
    }

    public ICognitoTokenValidator Validator => _validator.Value;

    private static CognitoTokenValidator Create(
        CognitoHostedUIOptions hosted, CognitoKitOptions kit, IHttpClientFactory httpClientFactory, TimeProvider time, ILoggerFactory? loggerFactory)
    {
        var options = new CognitoTokenValidationOptions
        {
            UserPoolId = kit.UserPoolId,
            Region = CognitoKitOptionsValidator.EffectiveRegion(kit),
            Issuer = CognitoKitTokenValidationSetup.ExplicitIssuerOf(kit),
            ClockSkew = kit.ClockSkew,
            AllowedClientIds = [HostedSettings.From(hosted, kit).RequireClientId()],
        };
        return new CognitoTokenValidator(
            Options.Create(options),
            httpClientFactory,
            time,
            loggerFactory?.CreateLogger<CognitoTokenValidator>() ?? NullLogger<CognitoTokenValidator>.Instance);
    }
}
