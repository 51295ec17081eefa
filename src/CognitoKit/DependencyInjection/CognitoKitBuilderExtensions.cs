using System.Diagnostics.CodeAnalysis;
using Amazon.Runtime;
using CognitoKit;
using CognitoKit.DependencyInjection;
using CognitoKit.Hosted;
using CognitoKit.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The optional parts of CognitoKit, configured on the builder <c>AddCognitoKit</c> returns.</summary>
public static class CognitoKitBuilderExtensions
{
    /// <summary>Sets the hosted and social sign-in options (<c>cognito.HostedUI</c>) in code.</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddHostedUI(this ICognitoKitBuilder builder, Action<CognitoHostedUIOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<CognitoHostedUIOptions>(builder.Name).Configure(configure);
        return builder;
    }

    /// <summary>
    /// Binds the hosted and social sign-in options (<c>cognito.HostedUI</c>) to a configuration section such as
    /// <c>configuration.GetSection("CognitoKit:HostedUI")</c>.
    /// </summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddHostedUI(this ICognitoKitBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.AddOptions<CognitoHostedUIOptions>(builder.Name).Bind(configuration);
        return builder;
    }

    /// <summary>Makes <typeparamref name="TStore"/> (a singleton) the <see cref="ICognitoSessionStore"/> behind <c>cognito.Sessions</c>.</summary>
    /// <typeparam name="TStore">The store, for example one over a distributed cache.</typeparam>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddSessionStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>(
        this ICognitoKitBuilder builder)
        where TStore : class, ICognitoSessionStore
    {
        ArgumentNullException.ThrowIfNull(builder);
        return ReplaceForInstance(builder, ServiceDescriptor.KeyedSingleton<ICognitoSessionStore, TStore>(CognitoKitInstance.KeyOf(builder.Name)));
    }

    /// <summary>Makes the store <paramref name="factory"/> builds (once) the <see cref="ICognitoSessionStore"/> behind <c>cognito.Sessions</c>.</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="factory">Builds the store from the service provider.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddSessionStore(this ICognitoKitBuilder builder, Func<IServiceProvider, ICognitoSessionStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        return ReplaceForInstance(builder, ServiceDescriptor.KeyedSingleton<ICognitoSessionStore>(CognitoKitInstance.KeyOf(builder.Name), (sp, _) => factory(sp)));
    }

    /// <summary>
    /// Registers <typeparamref name="TKeeper"/> (a singleton) as the <see cref="ICognitoDeviceKeeper"/>: sign-ins then
    /// present the device kept for the user when the caller passes none, and keep the device <c>TrackNewDevice</c> confirms.
    /// </summary>
    /// <typeparam name="TKeeper">The keeper, for example one over a distributed cache.</typeparam>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddDeviceKeeper<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TKeeper>(
        this ICognitoKitBuilder builder)
        where TKeeper : class, ICognitoDeviceKeeper
    {
        ArgumentNullException.ThrowIfNull(builder);
        return ReplaceForInstance(builder, ServiceDescriptor.KeyedSingleton<ICognitoDeviceKeeper, TKeeper>(CognitoKitInstance.KeyOf(builder.Name)));
    }

    /// <summary>Registers the keeper <paramref name="factory"/> builds (once) as the <see cref="ICognitoDeviceKeeper"/>.</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="factory">Builds the keeper from the service provider.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddDeviceKeeper(this ICognitoKitBuilder builder, Func<IServiceProvider, ICognitoDeviceKeeper> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        return ReplaceForInstance(builder, ServiceDescriptor.KeyedSingleton<ICognitoDeviceKeeper>(CognitoKitInstance.KeyOf(builder.Name), (sp, _) => factory(sp)));
    }

    /// <summary>Makes <typeparamref name="TStore"/> (a singleton) the <see cref="ICognitoIdentityIdStore"/> behind <c>cognito.Identity</c>.</summary>
    /// <typeparam name="TStore">The store, for example one over a distributed cache.</typeparam>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddIdentityIdStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>(
        this ICognitoKitBuilder builder)
        where TStore : class, ICognitoIdentityIdStore
    {
        ArgumentNullException.ThrowIfNull(builder);
        return ReplaceForInstance(builder, ServiceDescriptor.KeyedSingleton<ICognitoIdentityIdStore, TStore>(CognitoKitInstance.KeyOf(builder.Name)));
    }

    /// <summary>Makes the store <paramref name="factory"/> builds (once) the <see cref="ICognitoIdentityIdStore"/> behind <c>cognito.Identity</c>.</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="factory">Builds the store from the service provider.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddIdentityIdStore(this ICognitoKitBuilder builder, Func<IServiceProvider, ICognitoIdentityIdStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        return ReplaceForInstance(builder, ServiceDescriptor.KeyedSingleton<ICognitoIdentityIdStore>(CognitoKitInstance.KeyOf(builder.Name), (sp, _) => factory(sp)));
    }

    /// <summary>
    /// Gives CognitoKit the AWS credentials that sign the administrative (<c>Admin*</c>) operations. Without this, an
    /// <see cref="AWSCredentials"/> registered in the container is used, or else the AWS SDK's default credential chain,
    /// resolved on the first administrative call. Calling this again replaces the credentials.
    /// </summary>
    /// <remarks>Credentials cannot come from <see cref="CognitoKitOptions"/>: a secret key does not belong in bound configuration.</remarks>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="credentials">The credentials, for example an assumed role's <c>RefreshingAWSCredentials</c>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddAdminCredentials(this ICognitoKitBuilder builder, AWSCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(credentials);
        object? key = CognitoKitInstance.KeyOf(builder.Name);
        builder.Services.RemoveAllKeyed<CognitoAdminCredentials>(key);
        builder.Services.AddKeyedSingleton(key, new CognitoAdminCredentials(credentials));
        return builder;
    }

    /// <summary>
    /// Adjusts the token validation behind <c>cognito.Tokens</c> (and <see cref="ICognitoTokenValidator"/>), which is
    /// otherwise configured from <see cref="CognitoKitOptions"/>: for example, accept another app client's tokens.
    /// Settings made here win over the ones derived from <see cref="CognitoKitOptions"/>.
    /// </summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="configure">Changes the validation options.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddTokenValidation(this ICognitoKitBuilder builder, Action<CognitoTokenValidationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<CognitoTokenValidationOptions>(builder.Name).Configure(configure);
        return builder;
    }

    /// <summary>
    /// Configures every <see cref="HttpClient"/> CognitoKit uses: the Cognito API client
    /// (<see cref="CognitoKitServiceCollectionExtensions.HttpClientName"/>), the signing-key client
    /// (<see cref="CognitoTokenValidator.HttpClientName"/>) and the hosted-domain client (<c>CognitoKit.HostedUI</c>):
    /// a proxy or certificates on the primary handler, a delegating handler that adds a header, a timeout. For a named
    /// instance they are its own clients (<c>CognitoKit[staff]</c>, <c>CognitoKit.Jwks[staff]</c>,
    /// <c>CognitoKit.HostedUI[staff]</c>), so what is configured here reaches no other instance.
    /// </summary>
    /// <remarks>
    /// Handlers an app adds to every client (<c>ConfigureHttpClientDefaults</c>, such as .NET Aspire's standard
    /// resilience handler) do not reach CognitoKit's clients: CognitoKit decides per operation whether a call may be
    /// repeated, and a retrying handler below it would repeat a sign-up or a password change. Handlers added here do
    /// apply; do not add a retrying one.
    /// </remarks>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="configure">Configures each client's <see cref="IHttpClientBuilder"/>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder ConfigureHttpClient(this ICognitoKitBuilder builder, Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        foreach (string name in new[] { CognitoKitServiceCollectionExtensions.HttpClientName, CognitoTokenValidator.HttpClientName, OAuthEndpointClient.HttpClientName })
        {
            configure(builder.Services.AddHttpClient(CognitoKitInstance.HttpClientName(name, builder.Name)));
        }

        return builder;
    }

    /// <summary>Makes <paramref name="descriptor"/> the only registration of its service for the builder's instance.</summary>
    private static ICognitoKitBuilder ReplaceForInstance(ICognitoKitBuilder builder, ServiceDescriptor descriptor)
    {
        builder.Services.RemoveAllKeyed(descriptor.ServiceType, descriptor.ServiceKey);
        builder.Services.Add(descriptor);
        return builder;
    }
}
