using CognitoKit.Diagnostics;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>Registers the token validator and its revocation list once, for both <c>AddCognitoKit</c> and <c>AddCognitoTokenValidation</c>.</summary>
internal static class TokenValidationRegistration
{
    public static void AddValidator(IServiceCollection services)
    {
        services.AddOptions<CognitoTokenValidationOptions>();
        if (services.Any(d => d.ServiceType == typeof(CognitoTokenValidator) && !d.IsKeyedService))
        {
            return;
        }

        CognitoHttpClientRegistration.AddIsolated(services, CognitoTokenValidator.HttpClientName);
        AddRevocationList(services);
        TelemetryRegistration.AddMetrics(services);
        services.TryAddSingleton(sp => new CognitoTokenValidator(
            sp.GetRequiredService<IOptions<CognitoTokenValidationOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<CognitoTokenValidator>>() ?? NullLogger<CognitoTokenValidator>.Instance)
        {
            RevocationList = sp.GetRequiredService<ICognitoRevocationList>(),
            Metrics = sp.GetRequiredService<CognitoKitMetrics>(),
        });
        services.TryAddSingleton<ICognitoTokenValidator>(sp => sp.GetRequiredService<CognitoTokenValidator>());
    }

    /// <summary>The deny set every validator of the container consults: one in-memory list for every pool, unless an
    /// app or a distributed store registered another (<c>AddRevocationList</c>).</summary>
    public static void AddRevocationList(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICognitoRevocationList>(sp => new InMemoryCognitoRevocationList(sp.GetRequiredService<TimeProvider>()));
    }
}
