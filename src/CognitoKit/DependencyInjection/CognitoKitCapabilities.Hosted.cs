using CognitoKit.Hosted;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>Hosted and social sign-in: the domain's OAuth endpoints, the client-credentials cache and <see cref="ICognitoHostedUI"/>.</summary>
internal static partial class CognitoKitCapabilities
{
    static partial void AddHosted(IServiceCollection services)
    {
        services.AddOptions<CognitoHostedUIOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoHostedUIOptions>, CognitoHostedUIOptionsValidator>());
        CognitoHttpClientRegistration.AddIsolated(services, OAuthEndpointClient.HttpClientName);
        services.TryAddSingleton(sp => new OAuthEndpointClient(sp.GetRequiredService<IHttpClientFactory>()));
        services.TryAddSingleton(sp => new ClientCredentialsTokenCache(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new HostedTokenValidator(
            sp.GetRequiredService<IOptions<CognitoHostedUIOptions>>(),
            sp.GetRequiredService<IOptions<CognitoKitOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton<ICognitoHostedUI>(sp => new CognitoHostedUI(
            sp.GetRequiredService<IOptions<CognitoHostedUIOptions>>(),
            sp.GetRequiredService<IOptions<CognitoKitOptions>>(),
            sp.GetRequiredService<OAuthEndpointClient>(),
            sp.GetRequiredService<ClientCredentialsTokenCache>(),
            sp.GetRequiredService<CognitoSessionFactory>(),
            sp.GetRequiredService<HostedTokenValidator>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("CognitoKit.HostedUI") ?? NullLogger.Instance));
    }
}
