using CognitoKit.Hosted;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures hosted and social sign-in (<see cref="CognitoHostedUIOptions"/>) next to <c>AddCognitoKit</c>.</summary>
public static class CognitoHostedUIServiceCollectionExtensions
{
    /// <summary>Sets the hosted-UI options in code. Call <c>AddCognitoKit</c> as well; the order does not matter.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoHostedUI(this IServiceCollection services, Action<CognitoHostedUIOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CognitoHostedUIOptions>().Configure(configure);
        return services;
    }

    /// <summary>
    /// Binds the hosted-UI options to a configuration section such as <c>configuration.GetSection("CognitoKit:HostedUI")</c>.
    /// Call <c>AddCognitoKit</c> as well; the order does not matter.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoHostedUI(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CognitoHostedUIOptions>().Bind(configuration);
        return services;
    }
}
