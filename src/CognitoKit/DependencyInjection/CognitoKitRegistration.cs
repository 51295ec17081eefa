using System.Diagnostics.CodeAnalysis;
using Amazon.Runtime;
using CognitoKit.Devices;
using CognitoKit.Diagnostics;
using CognitoKit.Events;
using CognitoKit.Hosted;
using CognitoKit.Identity;
using CognitoKit.Passwords;
using CognitoKit.Protocol;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using CognitoKit.Shared;
using CognitoKit.SignIn;
using CognitoKit.SignIn.Srp;
using CognitoKit.SignUp;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Revocation;
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
    /// <summary>
    /// Registers the instance named <paramref name="name"/> (empty: the default instance, without service keys). Every
    /// per-pool service is keyed by the name, so two instances share only the clock, the logger factory and
    /// <see cref="IHttpClientFactory"/>; a second call for the same name adds nothing twice.
    /// </summary>
    public static void AddAll(IServiceCollection services, string name)
    {
        object? key = CognitoKitInstance.KeyOf(name);
        services.AddOptions<CognitoKitOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoKitOptions>, CognitoKitOptionsValidator>());
        if (IsRegistered(services, name))
        {
            return;
        }

        services.AddKeyedSingleton<CognitoKitMarker>(key);
        services.TryAddSingleton(TimeProvider.System);
        TelemetryRegistration.AddMetrics(services);
        services.TryAddKeyedSingleton(key, (sp, _) => new FrozenCognitoKitOptions(Options<CognitoKitOptions>(sp, name)));

        // Wire clients.
        CognitoHttpClientRegistration.AddIsolated(services, CognitoKitInstance.HttpClientName(CognitoKitServiceCollectionExtensions.HttpClientName, name));
        services.TryAddKeyedSingleton(key, (sp, _) => new AwsCredentialsSource(
            sp.GetKeyedService<CognitoAdminCredentials>(key)?.Credentials ?? sp.GetService<AWSCredentials>()));
        services.TryAddKeyedSingleton(key, (sp, _) => new CognitoClients(
            Kit(sp, key),
            Http(sp, name),
            sp.GetRequiredKeyedService<AwsCredentialsSource>(key),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetRequiredService<CognitoKitMetrics>(),
            sp.GetKeyedService<ICognitoContextDataProvider>(key) ?? sp.GetService<ICognitoContextDataProvider>()));
        services.TryAddKeyedSingleton<IUserPoolsClient>(key, (sp, _) => sp.GetRequiredKeyedService<CognitoClients>(key).UserPools);
        services.TryAddKeyedSingleton<IIdentityPoolsClient>(key, (sp, _) => sp.GetRequiredKeyedService<CognitoClients>(key).IdentityPools);
        services.TryAddKeyedSingleton(key, (sp, _) => new ClientSecrets(sp.GetRequiredService<IOptionsMonitor<CognitoKitOptions>>(), name));
        services.TryAddKeyedSingleton(key, (sp, _) => new AppClient(Kit(sp, key), sp.GetRequiredKeyedService<ClientSecrets>(key)));

        // The observers of this instance (AddObserver on its builder; for the default instance, any ICognitoKitObserver).
        services.TryAddKeyedSingleton(key, (sp, _) => new CognitoKitEventHub(
            name, sp.GetKeyedServices<ICognitoKitObserver>(key), sp.GetRequiredService<TimeProvider>(), Logger(sp, "CognitoKit.Events")));

        // Sessions and token validation (configured from CognitoKitOptions).
        services.TryAddKeyedSingleton<ISessionRefresher>(key, (sp, _) => new CognitoSessionRefresher(
            sp.GetRequiredKeyedService<IUserPoolsClient>(key),
            Kit(sp, key),
            sp.GetRequiredKeyedService<AppClient>(key),
            sp.GetRequiredService<TimeProvider>())
        {
            Metrics = sp.GetRequiredService<CognitoKitMetrics>(),
        });
        services.TryAddKeyedSingleton(key, (sp, _) => new CognitoSessionFactory(
            sp.GetRequiredKeyedService<ISessionRefresher>(key),
            sp.GetRequiredService<TimeProvider>(),
            Kit(sp, key).Value.RefreshMargin)
        {
            Pool = SessionOwner.Of(Kit(sp, key).Value),
            Events = sp.GetRequiredKeyedService<CognitoKitEventHub>(key),
        });
        services.TryAddKeyedSingleton<ICognitoSessionStore, InMemoryCognitoSessionStore>(key);
        services.TryAddKeyedSingleton<ICognitoSessions>(key, (sp, _) =>
        {
            var sessions = new CognitoSessions(
                sp.GetRequiredKeyedService<ICognitoSessionStore>(key),
                sp.GetRequiredKeyedService<CognitoSessionFactory>(key),
                Logger(sp, "CognitoKit.Sessions"),
                sp.GetKeyedService<ICognitoSessionRefreshCoordinator>(key))
            {
                KeyPrefix = name.Length == 0 ? string.Empty : name + "/",
            };
            sp.GetRequiredService<CognitoKitMetrics>().Track(sessions.Live);
            return sessions;
        });
        AddTokenValidation(services, name, key);
        services.TryAddKeyedSingleton(key, (sp, _) => new CognitoRevocationRecorder(
            sp.GetRequiredService<ICognitoRevocationList>(),
            sp.GetServices<ICognitoRevocationPublisher>(),
            CognitoKitTokenValidationSetup.IssuersOf(Kit(sp, key).Value),
            sp.GetRequiredService<TimeProvider>(),
            Logger(sp, "CognitoKit.Revocation")));

        // Sign-in. No device is kept per process: device secrets go to the caller, or to the ICognitoDeviceKeeper the app
        // registered for this instance, keyed per pool and username.
        services.AddOptions<CognitoDeviceOptions>(name);
        services.TryAddKeyedSingleton(key, (sp, _) => new DeviceRegistrar(
            sp.GetRequiredKeyedService<IUserPoolsClient>(key),
            Options<CognitoDeviceOptions>(sp, name),
            sp.GetService<ILogger<DeviceRegistrar>>()));
        services.TryAddKeyedSingleton(key, (sp, _) => new SignInFlow(
            sp.GetRequiredKeyedService<IUserPoolsClient>(key),
            Kit(sp, key),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredKeyedService<DeviceRegistrar>(key),
            sp.GetRequiredKeyedService<CognitoSessionFactory>(key),
            sp.GetService<ILogger<SignInFlow>>())
        {
            Secrets = sp.GetRequiredKeyedService<ClientSecrets>(key),
            Keeper = sp.GetKeyedService<ICognitoDeviceKeeper>(key),
            Metrics = sp.GetRequiredService<CognitoKitMetrics>(),
        });

        // Sign-up, password recovery, admin.
        services.TryAddKeyedSingleton(key, (sp, _) => new SignUpFlow(
            sp.GetRequiredKeyedService<IUserPoolsClient>(key), sp.GetRequiredKeyedService<AppClient>(key)));
        services.TryAddKeyedSingleton(key, (sp, _) => new PasswordRecoveryFlow(
            sp.GetRequiredKeyedService<IUserPoolsClient>(key), sp.GetRequiredKeyedService<AppClient>(key)));
        services.TryAddKeyedSingleton(key, (sp, _) => new CognitoAdmin(
            sp.GetRequiredKeyedService<IUserPoolsClient>(key),
            sp.GetRequiredKeyedService<AppClient>(key),
            sp.GetRequiredKeyedService<CognitoRevocationRecorder>(key))
        {
            Events = sp.GetRequiredKeyedService<CognitoKitEventHub>(key),
            SignInFlow = sp.GetRequiredKeyedService<SignInFlow>(key),
        });

        // Identity pools.
        services.TryAddKeyedSingleton<ICognitoIdentityIdStore, InMemoryCognitoIdentityIdStore>(key);
        services.TryAddKeyedSingleton<IWebIdentityRoleAssumer>(key, (sp, _) =>
        {
            CognitoKitOptions options = Kit(sp, key).Value;
            string region = CognitoKitOptionsValidator.EffectiveRegion(options)
                ?? throw new InvalidOperationException($"{CognitoKitInstance.SettingPrefix(name)}Region could not be determined.");
            return new StsWebIdentityRoleAssumer(options, region);
        });
        services.TryAddKeyedSingleton<ICognitoIdentity>(key, (sp, _) => new CognitoIdentity(
            Kit(sp, key),
            sp.GetRequiredKeyedService<IIdentityPoolsClient>(key),
            sp.GetRequiredKeyedService<ICognitoIdentityIdStore>(key),
            sp.GetRequiredKeyedService<IWebIdentityRoleAssumer>(key),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetRequiredService<CognitoKitMetrics>(),
            sp.GetRequiredKeyedService<CognitoKitEventHub>(key)));

        // Hosted and social sign-in (its options are checked on start; an app that never configures it is not refused).
        services.AddOptions<CognitoHostedUIOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoHostedUIOptions>, CognitoHostedUIOptionsValidator>());
        CognitoHttpClientRegistration.AddIsolated(services, CognitoKitInstance.HttpClientName(OAuthEndpointClient.HttpClientName, name));
        services.TryAddKeyedSingleton(key, (sp, _) => new OAuthEndpointClient(Http(sp, name)));
        services.TryAddKeyedSingleton(key, (sp, _) => new ClientCredentialsTokenCache(sp.GetRequiredService<TimeProvider>()));
        services.TryAddKeyedSingleton(key, (sp, _) => new HostedTokenValidator(
            Options<CognitoHostedUIOptions>(sp, name),
            Kit(sp, key),
            Http(sp, name),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddKeyedSingleton<ICognitoHostedUI>(key, (sp, _) => new CognitoHostedUI(
            Options<CognitoHostedUIOptions>(sp, name),
            Kit(sp, key),
            sp.GetRequiredKeyedService<OAuthEndpointClient>(key),
            sp.GetRequiredKeyedService<ClientCredentialsTokenCache>(key),
            sp.GetRequiredKeyedService<CognitoSessionFactory>(key),
            sp.GetRequiredKeyedService<HostedTokenValidator>(key),
            sp.GetRequiredService<TimeProvider>(),
            Logger(sp, "CognitoKit.HostedUI"))
        {
            Secrets = sp.GetRequiredKeyedService<ClientSecrets>(key),
        });

        // The façade, built from all of the above. Its token validator is the instance's own: a validator trusting
        // several pools, registered for an API, never widens what cognito.Tokens accepts.
        services.TryAddKeyedSingleton<ICognitoKit>(key, (sp, _) => new CognitoKitFacade(
            sp.GetRequiredKeyedService<FrozenCognitoKitOptions>(key).Settings,
            new CognitoKitParts(
                sp.GetRequiredKeyedService<SignInFlow>(key),
                sp.GetRequiredKeyedService<SignUpFlow>(key),
                sp.GetRequiredKeyedService<PasswordRecoveryFlow>(key),
                sp.GetRequiredKeyedService<IUserPoolsClient>(key),
                sp.GetRequiredKeyedService<AppClient>(key),
                sp.GetRequiredKeyedService<CognitoAdmin>(key),
                sp.GetRequiredKeyedService<ICognitoSessions>(key),
                sp.GetRequiredKeyedService<CognitoTokenValidator>(key),
                sp.GetRequiredKeyedService<ICognitoIdentity>(key),
                sp.GetRequiredKeyedService<ICognitoHostedUI>(key))
            {
                Revocations = sp.GetRequiredKeyedService<CognitoRevocationRecorder>(key),
            }));
    }

    /// <summary>Whether the instance named <paramref name="name"/> is registered already.</summary>
    public static bool IsRegistered(IServiceCollection services, string name)
    {
        object? key = CognitoKitInstance.KeyOf(name);
        return services.Any(d => d.ServiceType == typeof(CognitoKitMarker) && Equals(d.ServiceKey, key));
    }

    /// <summary>The token validator of the instance: the default one is shared with <c>AddCognitoTokenValidation</c>.</summary>
    private static void AddTokenValidation(IServiceCollection services, string name, object? key)
    {
        if (key is null)
        {
            services.AddSingleton<IConfigureOptions<CognitoTokenValidationOptions>>(sp => new CognitoKitTokenValidationSetup(Kit(sp, key)));
            TokenValidationRegistration.AddValidator(services);
            return;
        }

        services.AddOptions<CognitoTokenValidationOptions>(name);
        services.AddSingleton<IConfigureOptions<CognitoTokenValidationOptions>>(sp =>
            new ConfigureNamedOptions<CognitoTokenValidationOptions>(name, new CognitoKitTokenValidationSetup(Kit(sp, key)).Configure));
        CognitoHttpClientRegistration.AddIsolated(services, CognitoKitInstance.HttpClientName(CognitoTokenValidator.HttpClientName, name));
        TokenValidationRegistration.AddRevocationList(services);
        services.TryAddKeyedSingleton(key, (sp, _) => new CognitoTokenValidator(
            Options<CognitoTokenValidationOptions>(sp, name),
            Http(sp, name),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<CognitoTokenValidator>>() ?? NullLogger<CognitoTokenValidator>.Instance)
        {
            RevocationList = sp.GetRequiredService<ICognitoRevocationList>(),
            Metrics = sp.GetRequiredService<CognitoKitMetrics>(),
        });
        services.TryAddKeyedSingleton<ICognitoTokenValidator>(key, (sp, _) => sp.GetRequiredKeyedService<CognitoTokenValidator>(key));
    }

    /// <summary>The validated, frozen copy of the options every part of the instance is built from.</summary>
    private static IOptions<CognitoKitOptions> Kit(IServiceProvider services, object? key) =>
        services.GetRequiredKeyedService<FrozenCognitoKitOptions>(key).Options;

    /// <summary>The instance's options of <typeparamref name="TOptions"/>: the default ones, or those of its name.</summary>
    private static IOptions<TOptions> Options<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, string name)
        where TOptions : class =>
        name.Length == 0
            ? services.GetRequiredService<IOptions<TOptions>>()
            : new NamedOptions<TOptions>(services.GetRequiredService<IOptionsMonitor<TOptions>>(), name);

    /// <summary>The instance's HTTP clients: the ones named after it.</summary>
    private static IHttpClientFactory Http(IServiceProvider services, string name) =>
        NamedHttpClientFactory.For(services.GetRequiredService<IHttpClientFactory>(), name);

    private static ILogger Logger(IServiceProvider services, string category) =>
        services.GetService<ILoggerFactory>()?.CreateLogger(category) ?? NullLogger.Instance;

    /// <summary>Marks that the services of an instance are registered, so a second call adds nothing twice.</summary>
    private sealed class CognitoKitMarker;
}
