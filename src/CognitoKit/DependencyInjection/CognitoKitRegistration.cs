using Amazon.Runtime;
using CognitoKit.Hosted;
using CognitoKit.Identity;
using CognitoKit.Protocol;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using CognitoKit.SignIn;
using CognitoKit.SignIn.Srp;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// The one registration list of CognitoKit: every service the façade is built from, with its constructor arguments.
/// This is the only place (with the public registration extensions) that knows the service provider; every flow below
/// it receives what it needs through its constructor.
/// </summary>
internal static class CognitoKitRegistration
{
    public static void AddAll(IServiceCollection services)
    {
        services.AddOptions<CognitoKitOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoKitOptions>, CognitoKitOptionsValidator>());
        if (services.Any(d => d.ServiceType == typeof(CognitoKitMarker)))
        {
            return;
        }

        services.AddSingleton<CognitoKitMarker>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new FrozenCognitoKitOptions(sp.GetRequiredService<IOptions<CognitoKitOptions>>()));

        // Wire clients.
        CognitoHttpClientRegistration.AddIsolated(services, CognitoKitServiceCollectionExtensions.HttpClientName);
        services.TryAddSingleton(sp => new AwsCredentialsSource(
            sp.GetService<CognitoAdminCredentials>()?.Credentials ?? sp.GetService<AWSCredentials>()));
        services.TryAddSingleton(sp => new CognitoClients(
            Kit(sp),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<AwsCredentialsSource>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton<IUserPoolsClient>(sp => sp.GetRequiredService<CognitoClients>().UserPools);
        services.TryAddSingleton<IIdentityPoolsClient>(sp => sp.GetRequiredService<CognitoClients>().IdentityPools);
        services.TryAddSingleton(sp => new ClientSecrets(sp.GetRequiredService<IOptionsMonitor<CognitoKitOptions>>()));
        services.TryAddSingleton(sp => new AppClient(Kit(sp), sp.GetRequiredService<ClientSecrets>()));

        // Sessions and token validation (configured from CognitoKitOptions).
        services.TryAddSingleton<ISessionRefresher>(sp => new CognitoSessionRefresher(
            sp.GetRequiredService<IUserPoolsClient>(),
            Kit(sp),
            sp.GetRequiredService<TimeProvider>())
        {
            Secrets = sp.GetRequiredService<ClientSecrets>(),
        });
        services.TryAddSingleton(sp => new CognitoSessionFactory(
            sp.GetRequiredService<ISessionRefresher>(),
            sp.GetRequiredService<TimeProvider>(),
            Kit(sp).Value.RefreshMargin));
        services.TryAddSingleton<ICognitoSessionStore, InMemoryCognitoSessionStore>();
        services.TryAddSingleton<ICognitoSessions>(sp => new CognitoSessions(
            sp.GetRequiredService<ICognitoSessionStore>(),
            sp.GetRequiredService<CognitoSessionFactory>(),
            Logger(sp, "CognitoKit.Sessions")));
        services.AddSingleton<IConfigureOptions<CognitoTokenValidationOptions>>(sp => new CognitoKitTokenValidationSetup(Kit(sp)));
        TokenValidationRegistration.AddValidator(services);

        // Sign-in. No device is kept per process: device secrets go to the caller.
        services.AddOptions<CognitoDeviceOptions>();
        services.TryAddSingleton(sp => new DeviceRegistrar(
            sp.GetRequiredService<IUserPoolsClient>(),
            sp.GetRequiredService<IOptions<CognitoDeviceOptions>>(),
            sp.GetService<ILogger<DeviceRegistrar>>()));
        services.TryAddSingleton(sp => new SignInFlow(
            sp.GetRequiredService<IUserPoolsClient>(),
            Kit(sp),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DeviceRegistrar>(),
            sp.GetRequiredService<CognitoSessionFactory>(),
            sp.GetService<ILogger<SignInFlow>>())
        {
            Secrets = sp.GetRequiredService<ClientSecrets>(),
        });

        // Sign-up, password recovery, admin.
        services.TryAddSingleton(sp => new SignUpFlow(sp.GetRequiredService<IUserPoolsClient>(), sp.GetRequiredService<AppClient>()));
        services.TryAddSingleton(sp => new PasswordRecoveryFlow(sp.GetRequiredService<IUserPoolsClient>(), sp.GetRequiredService<AppClient>()));
        services.TryAddSingleton(sp => new CognitoAdmin(sp.GetRequiredService<IUserPoolsClient>(), sp.GetRequiredService<AppClient>()));

        // Identity pools.
        services.TryAddSingleton<ICognitoIdentityIdStore, InMemoryCognitoIdentityIdStore>();
        services.TryAddSingleton<IWebIdentityRoleAssumer>(sp =>
        {
            CognitoKitOptions options = Kit(sp).Value;
            string region = CognitoKitOptionsValidator.EffectiveRegion(options)
                ?? throw new InvalidOperationException($"{CognitoKitOptions.SectionName}:Region could not be determined.");
            return new StsWebIdentityRoleAssumer(options, region);
        });
        services.TryAddSingleton<ICognitoIdentity>(sp => new CognitoIdentity(
            Kit(sp),
            sp.GetRequiredService<IIdentityPoolsClient>(),
            sp.GetRequiredService<ICognitoIdentityIdStore>(),
            sp.GetRequiredService<IWebIdentityRoleAssumer>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));

        // Hosted and social sign-in (its options are checked on start; an app that never configures it is not refused).
        services.AddOptions<CognitoHostedUIOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoHostedUIOptions>, CognitoHostedUIOptionsValidator>());
        CognitoHttpClientRegistration.AddIsolated(services, OAuthEndpointClient.HttpClientName);
        services.TryAddSingleton(sp => new OAuthEndpointClient(sp.GetRequiredService<IHttpClientFactory>()));
        services.TryAddSingleton(sp => new ClientCredentialsTokenCache(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new HostedTokenValidator(
            sp.GetRequiredService<IOptions<CognitoHostedUIOptions>>(),
            Kit(sp),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton<ICognitoHostedUI>(sp => new CognitoHostedUI(
            sp.GetRequiredService<IOptions<CognitoHostedUIOptions>>(),
            Kit(sp),
            sp.GetRequiredService<OAuthEndpointClient>(),
            sp.GetRequiredService<ClientCredentialsTokenCache>(),
            sp.GetRequiredService<CognitoSessionFactory>(),
            sp.GetRequiredService<HostedTokenValidator>(),
            sp.GetRequiredService<TimeProvider>(),
            Logger(sp, "CognitoKit.HostedUI"))
        {
            Secrets = sp.GetRequiredService<ClientSecrets>(),
        });

        // The façade, built from all of the above.
        services.TryAddSingleton<ICognitoKit>(sp => new CognitoKitFacade(
            sp.GetRequiredService<FrozenCognitoKitOptions>().Settings,
            new CognitoKitParts(
                sp.GetRequiredService<SignInFlow>(),
                sp.GetRequiredService<SignUpFlow>(),
                sp.GetRequiredService<PasswordRecoveryFlow>(),
                sp.GetRequiredService<IUserPoolsClient>(),
                sp.GetRequiredService<AppClient>(),
                sp.GetRequiredService<CognitoAdmin>(),
                sp.GetRequiredService<ICognitoSessions>(),
                sp.GetRequiredService<ICognitoTokenValidator>(),
                sp.GetRequiredService<ICognitoIdentity>(),
                sp.GetRequiredService<ICognitoHostedUI>())));
    }

    /// <summary>The validated, frozen copy of the options every part of CognitoKit is built from.</summary>
    private static IOptions<CognitoKitOptions> Kit(IServiceProvider services) =>
        services.GetRequiredService<FrozenCognitoKitOptions>().Options;

    private static ILogger Logger(IServiceProvider services, string category) =>
        services.GetService<ILoggerFactory>()?.CreateLogger(category) ?? NullLogger.Instance;

    /// <summary>Marks that the services are registered, so a second call adds nothing twice.</summary>
    private sealed class CognitoKitMarker;
}
