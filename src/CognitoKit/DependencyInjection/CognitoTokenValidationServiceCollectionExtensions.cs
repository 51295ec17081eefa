using CognitoKit.DependencyInjection;
using CognitoKit.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Cognito token validation on its own, for an API that only checks tokens and never signs anyone in.</summary>
public static class CognitoTokenValidationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICognitoTokenValidator"/> (and <see cref="CognitoTokenValidator"/>) as a singleton configured by
    /// <paramref name="configure"/>, fetching signing keys through <c>IHttpClientFactory</c> (client
    /// <see cref="CognitoTokenValidator.HttpClientName"/>). With <c>AddCognitoKit</c> this is not needed: the validator
    /// is already registered from <c>CognitoKitOptions</c>; adjust it there with <c>.AddTokenValidation(...)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the pool, the allowed app clients and the checks.</param>
    /// <returns>The same service collection.</returns>
    /// <remarks>Invalid options surface as an <see cref="ArgumentException"/> when the validator is first resolved.</remarks>
    public static IServiceCollection AddCognitoTokenValidation(this IServiceCollection services, Action<CognitoTokenValidationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CognitoTokenValidationOptions>().Configure(configure);
        TokenValidationRegistration.AddValidator(services);
        return services;
    }
}
