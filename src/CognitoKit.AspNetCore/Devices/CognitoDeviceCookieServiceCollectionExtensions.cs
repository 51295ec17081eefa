using CognitoKit.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="CognitoDeviceCookie"/>, the keeper of each browser's remembered device.</summary>
public static class CognitoDeviceCookieServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CognitoDeviceCookie"/> (a singleton) and ASP.NET Core Data Protection, which encrypts the
    /// cookie. Options are validated when the host starts. Calling this again adds the configuration only.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options (cookie name, SameSite, lifetime, user pool id).</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoDeviceCookie(this IServiceCollection services, Action<CognitoDeviceCookieOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDataProtection();
        OptionsBuilder<CognitoDeviceCookieOptions> options = services.AddOptions<CognitoDeviceCookieOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoDeviceCookieOptions>, CognitoDeviceCookieOptionsValidator>());
        services.TryAddSingleton<CognitoDeviceCookie>();
        return services;
    }
}
