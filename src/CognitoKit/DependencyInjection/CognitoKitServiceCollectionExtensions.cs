using CognitoKit;
using CognitoKit.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CognitoKit with dependency injection.</summary>
public static class CognitoKitServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> CognitoKit asks <c>IHttpClientFactory</c> for.</summary>
    public const string HttpClientName = "CognitoKit";

    /// <summary>
    /// Adds CognitoKit, configured in code. The options are validated when the host starts.
    /// Calling this again adds the configuration but never duplicates services.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, for the optional parts: <c>.AddHostedUI(...)</c>, <c>.AddSessionStore&lt;T&gt;()</c>, <c>.AddAdminCredentials(...)</c>, <c>.AddTokenValidation(...)</c>, <c>.ConfigureHttpClient(...)</c>.</returns>
    public static ICognitoKitBuilder AddCognitoKit(this IServiceCollection services, Action<CognitoKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CognitoKitOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Adds CognitoKit, bound to a configuration section such as <c>configuration.GetSection("CognitoKit")</c>.
    /// The options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The builder, for the optional parts: <c>.AddHostedUI(...)</c>, <c>.AddSessionStore&lt;T&gt;()</c>, <c>.AddAdminCredentials(...)</c>, <c>.AddTokenValidation(...)</c>, <c>.ConfigureHttpClient(...)</c>.</returns>
    public static ICognitoKitBuilder AddCognitoKit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CognitoKitOptions>().Bind(configuration);
        return AddCore(services);
    }

    private static ICognitoKitBuilder AddCore(IServiceCollection services)
    {
        CognitoKitRegistration.AddAll(services);
        return new CognitoKitBuilder(services, string.Empty);
    }
}
