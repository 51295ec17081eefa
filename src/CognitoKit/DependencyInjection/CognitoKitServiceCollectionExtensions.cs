using CognitoKit;
using CognitoKit.DependencyInjection;
using CognitoKit.Protocol;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<CognitoKitOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoKitOptions>, CognitoKitOptionsValidator>());
        if (services.Any(d => d.ServiceType == typeof(CognitoKitMarker)))
        {
            return services;
        }

        services.AddSingleton<CognitoKitMarker>();
        services.AddHttpClient(HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CognitoClients>();
        services.TryAddSingleton<IUserPoolsClient>(sp => sp.GetRequiredService<CognitoClients>().UserPools);
        services.TryAddSingleton<ICognitoKit, CognitoKitFacade>();
        CognitoKitCapabilities.AddAll(services);
        return services;
    }

    /// <summary>Marks that the services are registered, so a second call adds nothing twice.</summary>
    private sealed class CognitoKitMarker;
}

/// <summary>The wire clients, built once from the validated options.</summary>
internal sealed class CognitoClients
{
    public CognitoClients(IOptions<CognitoKitOptions> options, IHttpClientFactory httpClientFactory, ILoggerFactory? loggerFactory = null)
    {
        CognitoKitOptions o = options.Value;
        string region = CognitoKitOptionsValidator.EffectiveRegion(o) ?? throw new InvalidOperationException("CognitoKit:Region could not be determined.");
        ILogger logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("CognitoKit");
        var retry = CognitoRetryPolicy.From(o);
        Func<HttpClient> http = () => httpClientFactory.CreateClient(CognitoKitServiceCollectionExtensions.HttpClientName);
        UserPoolsEndpoint = CognitoServiceEndpoint.UserPools(region, o.UserPoolEndpoint);
        IdentityEndpoint = CognitoServiceEndpoint.IdentityPools(region, o.IdentityEndpoint);
        UserPools = new UserPoolsClient(new AwsJsonClient(http, UserPoolsEndpoint, retry, signer: null, logger));
    }

    public CognitoServiceEndpoint UserPoolsEndpoint { get; }

    public CognitoServiceEndpoint IdentityEndpoint { get; }

    public UserPoolsClient UserPools { get; }
}
