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
        return AddCore(services, string.Empty);
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
        return AddCore(services, string.Empty);
    }

    /// <summary>
    /// Adds a named CognitoKit instance, for an app that talks to several user pools (or app clients), configured in
    /// code. Every part of it (options, façade, flows, session and identity-id stores, token validator, hosted sign-in,
    /// HTTP clients) is its own: resolve it with <c>[FromKeyedServices("staff")] ICognitoKit</c> or
    /// <c>GetRequiredKeyedService&lt;ICognitoKit&gt;("staff")</c>. The instance added without a name stays the one
    /// resolved without a key. Its options are validated when the host starts, under their name.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The instance name: 1 to 64 letters, digits, '.', '_' or '-', such as <c>"staff"</c>.</param>
    /// <param name="configure">Sets the instance's options.</param>
    /// <returns>The builder of this instance, for its optional parts.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> cannot name an instance.</exception>
    /// <exception cref="InvalidOperationException">An instance with this name was added already.</exception>
    public static ICognitoKitBuilder AddCognitoKit(this IServiceCollection services, string name, Action<CognitoKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        CognitoKitInstance.ThrowIfInvalidName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configure);
        ThrowIfRegistered(services, name);
        services.AddOptions<CognitoKitOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    /// <summary>
    /// Adds a named CognitoKit instance bound to a configuration section such as
    /// <c>configuration.GetSection("CognitoKit:Staff")</c>; see <see cref="AddCognitoKit(IServiceCollection, string, Action{CognitoKitOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The instance name: 1 to 64 letters, digits, '.', '_' or '-', such as <c>"staff"</c>.</param>
    /// <param name="configuration">The section holding the instance's options.</param>
    /// <returns>The builder of this instance, for its optional parts.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> cannot name an instance.</exception>
    /// <exception cref="InvalidOperationException">An instance with this name was added already.</exception>
    public static ICognitoKitBuilder AddCognitoKit(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        CognitoKitInstance.ThrowIfInvalidName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configuration);
        ThrowIfRegistered(services, name);
        services.AddOptions<CognitoKitOptions>(name).Bind(configuration);
        return AddCore(services, name);
    }

    private static void ThrowIfRegistered(IServiceCollection services, string name)
    {
        if (CognitoKitRegistration.IsRegistered(services, name))
        {
            throw new InvalidOperationException(
                $"A CognitoKit instance named '{name}' is already registered. Give each pool its own name, and configure an instance once, "
                + "through the builder its AddCognitoKit call returned.");
        }
    }

    private static ICognitoKitBuilder AddCore(IServiceCollection services, string name)
    {
        CognitoKitRegistration.AddAll(services, name);
        return new CognitoKitBuilder(services, name);
    }
}
