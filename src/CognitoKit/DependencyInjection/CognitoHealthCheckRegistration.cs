using CognitoKit.Identity;
using CognitoKit.Operations;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// Adds the health checks of one instance when the health check service reads its options, so the identity-pool check
/// is added only when the instance's options (bound or configured after <c>AddHealthChecks()</c>) name an identity pool.
/// </summary>
internal sealed class CognitoHealthCheckRegistration(IServiceProvider services, string name) : IConfigureOptions<HealthCheckServiceOptions>
{
    public void Configure(HealthCheckServiceOptions options)
    {
        object? key = CognitoKitInstance.KeyOf(name);
        IReadOnlyList<string> tags = services.GetRequiredKeyedService<HealthChecksRequest>(key).Tags;
        options.Registrations.Add(new HealthCheckRegistration(
            CheckName(CognitoKitOperationsBuilderExtensions.JwksHealthCheckName, name),
            sp => new JwksHealthCheck(sp.GetRequiredKeyedService<CognitoTokenValidator>(key), sp.GetRequiredService<TimeProvider>()),
            failureStatus: null,
            tags));
        options.Registrations.Add(new HealthCheckRegistration(
            CheckName(CognitoKitOperationsBuilderExtensions.UserPoolHealthCheckName, name),
            sp =>
            {
                CognitoClients clients = sp.GetRequiredKeyedService<CognitoClients>(key);
                return new UserPoolEndpointHealthCheck(clients.UserPools, clients.UserPoolsEndpoint.Endpoint);
            },
            failureStatus: null,
            tags));

        CognitoKitOptions kit = services.GetRequiredService<IOptionsMonitor<CognitoKitOptions>>().Get(name);
        if (!string.IsNullOrWhiteSpace(kit.IdentityPoolId))
        {
            options.Registrations.Add(new HealthCheckRegistration(
                CheckName(CognitoKitOperationsBuilderExtensions.IdentityPoolHealthCheckName, name),
                sp =>
                {
                    CognitoClients clients = sp.GetRequiredKeyedService<CognitoClients>(key);
                    CognitoKitOptions frozen = sp.GetRequiredKeyedService<FrozenCognitoKitOptions>(key).Options.Value;
                    return new IdentityPoolHealthCheck(clients.IdentityPools, clients.IdentityEndpoint.Endpoint, frozen.IdentityPoolId!, IdentitySettings.ProviderNameOf(frozen));
                },
                failureStatus: null,
                tags));
        }
    }

    /// <summary>The check's name: the base name for the default instance, <c>{base}[{name}]</c> for a named one.</summary>
    public static string CheckName(string baseName, string name) => CognitoKitInstance.HttpClientName(baseName, name);
}
