using CognitoKit;
using CognitoKit.DependencyInjection;
using CognitoKit.Protocol;
using Amazon.Runtime;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoKit(this IServiceCollection services, Action<CognitoKitOptions> configure)
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
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoKit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CognitoKitOptions>().Bind(configuration);
        return AddCore(services);
    }

    /// <summary>
    /// Gives CognitoKit the AWS credentials that sign the administrative (<c>Admin*</c>) operations. Without this,
    /// an <see cref="AWSCredentials"/> registered in the container is used, or else the AWS SDK's default credential
    /// chain, resolved on the first administrative call. Calling this again replaces the credentials.
    /// </summary>
    /// <remarks>Credentials cannot come from <see cref="CognitoKitOptions"/>: a secret key does not belong in bound configuration.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="credentials">The credentials, for example an assumed role's <c>RefreshingAWSCredentials</c>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoKitAdminCredentials(this IServiceCollection services, AWSCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credentials);
        services.RemoveAll<CognitoAdminCredentials>();
        services.AddSingleton(new CognitoAdminCredentials(credentials));
        return services;
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<CognitoKitOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoKitOptions>, CognitoKitOptionsValidator>());
        if (services.Any(d => d.ServiceType == typeof(CognitoKitMarker)))
        {
            return services;
        }

        services.AddSingleton<CognitoKitMarker>();
        CognitoHttpClientRegistration.AddIsolated(services, HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AwsCredentialsSource(
            sp.GetService<CognitoAdminCredentials>()?.Credentials ?? sp.GetService<AWSCredentials>()));
        services.TryAddSingleton<CognitoClients>();
        services.TryAddSingleton<IUserPoolsClient>(sp => sp.GetRequiredService<CognitoClients>().UserPools);
        services.TryAddSingleton<IIdentityPoolsClient>(sp => sp.GetRequiredService<CognitoClients>().IdentityPools);
        services.TryAddSingleton<ICognitoKit, CognitoKitFacade>();
        CognitoKitCapabilities.AddAll(services);
        return services;
    }

    /// <summary>Marks that the services are registered, so a second call adds nothing twice.</summary>
    private sealed class CognitoKitMarker;
}
