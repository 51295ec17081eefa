using CognitoKit.Sessions;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>Sessions: refresh, the session store, and token validation configured from <see cref="CognitoKitOptions"/>.</summary>
internal static partial class CognitoKitCapabilities
{
    static partial void AddSessions(IServiceCollection services)
    {
        services.TryAddSingleton<ISessionRefresher, CognitoSessionRefresher>();
        services.TryAddSingleton(sp => new CognitoSessionFactory(
            sp.GetRequiredService<ISessionRefresher>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<CognitoKitOptions>>().Value.RefreshMargin));
        services.TryAddSingleton<ICognitoSessionStore, InMemoryCognitoSessionStore>();
        services.TryAddSingleton<ICognitoSessions>(sp => new CognitoSessions(
            sp.GetRequiredService<ICognitoSessionStore>(),
            sp.GetRequiredService<CognitoSessionFactory>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("CognitoKit.Sessions") ?? NullLogger.Instance));

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<CognitoTokenValidationOptions>, CognitoKitTokenValidationSetup>());
        TokenValidationRegistration.AddValidator(services);
    }
}
