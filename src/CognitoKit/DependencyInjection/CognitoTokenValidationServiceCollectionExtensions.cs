using CognitoKit.DependencyInjection;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// Adds a <see cref="CognitoMultiPoolTokenValidator"/> that trusts several user pools, each with its own app clients
    /// and checks: <c>services.AddCognitoMultiPoolTokenValidation(o =&gt; o.TrustPool(p =&gt; ...).TrustPool(p =&gt; ...))</c>.
    /// It becomes the <see cref="ICognitoTokenValidator"/> resolved without a key, whatever the order of registration;
    /// the façades of <c>AddCognitoKit</c> keep validating against their own pool only (<c>cognito.Tokens</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the trusted pools.</param>
    /// <returns>The same service collection.</returns>
    /// <remarks>Invalid options surface as an <see cref="ArgumentException"/> when the validator is first resolved. Signing keys
    /// are fetched through <c>IHttpClientFactory</c> (client <see cref="CognitoTokenValidator.HttpClientName"/>). Every pool
    /// consults the registered <see cref="ICognitoRevocationList"/>, the one <c>AddCognitoKit</c> records revocations in.</remarks>
    public static IServiceCollection AddCognitoMultiPoolTokenValidation(this IServiceCollection services, Action<CognitoMultiPoolValidationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CognitoMultiPoolValidationOptions>().Configure(configure);
        CognitoHttpClientRegistration.AddIsolated(services, CognitoTokenValidator.HttpClientName);
        TokenValidationRegistration.AddRevocationList(services);
        services.TryAddSingleton(sp => new CognitoMultiPoolTokenValidator(
            sp.GetRequiredService<IOptions<CognitoMultiPoolValidationOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<CognitoTokenValidator>>() ?? NullLogger<CognitoTokenValidator>.Instance)
        {
            RevocationList = sp.GetRequiredService<ICognitoRevocationList>(),
        });
        services.RemoveAll<ICognitoTokenValidator>();
        services.AddSingleton<ICognitoTokenValidator>(sp => sp.GetRequiredService<CognitoMultiPoolTokenValidator>());
        return services;
    }
}
