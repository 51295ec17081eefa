using CognitoKit;
using CognitoKit.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers where <c>AddCognitoAccessToken()</c> clients get their session.</summary>
public static class CognitoSessionAccessorServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="FixedCognitoSessionAccessor"/> (a singleton) as the <see cref="ICognitoSessionAccessor"/>: for a
    /// client app with one signed-in user. Set its <see cref="FixedCognitoSessionAccessor.Session"/> after sign-in.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="session">The session, when already signed in; may be null.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddFixedCognitoSession(this IServiceCollection services, CognitoSession? session = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => session is null ? new FixedCognitoSessionAccessor() : new FixedCognitoSessionAccessor(session));
        services.Replace(ServiceDescriptor.Singleton<ICognitoSessionAccessor>(sp => sp.GetRequiredService<FixedCognitoSessionAccessor>()));
        return services;
    }

    /// <summary>
    /// Registers <see cref="HttpContextCognitoSessionAccessor"/> as the <see cref="ICognitoSessionAccessor"/>: each request
    /// uses its user's session from <c>cognito.Sessions</c> (needs <c>AddCognitoKit</c>), found by the user's <c>sub</c> unless
    /// <paramref name="configure"/> picks another key.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes how the key is chosen; may be null.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddHttpContextCognitoSession(
        this IServiceCollection services, Action<HttpContextCognitoSessionAccessorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpContextAccessor();
        services.AddOptions<HttpContextCognitoSessionAccessorOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(sp => new HttpContextCognitoSessionAccessor(
            sp.GetRequiredService<IHttpContextAccessor>(),
            sp.GetService<ICognitoSessions>()
                ?? throw new InvalidOperationException("AddHttpContextCognitoSession reads sessions from cognito.Sessions: call services.AddCognitoKit(...) too."),
            sp.GetRequiredService<IOptions<HttpContextCognitoSessionAccessorOptions>>()));
        services.Replace(ServiceDescriptor.Singleton<ICognitoSessionAccessor>(sp => sp.GetRequiredService<HttpContextCognitoSessionAccessor>()));
        return services;
    }

    /// <summary>Registers <typeparamref name="TAccessor"/> (a singleton) as the <see cref="ICognitoSessionAccessor"/>.</summary>
    /// <typeparam name="TAccessor">Your accessor.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoSessionAccessor<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] TAccessor>(
        this IServiceCollection services)
        where TAccessor : class, ICognitoSessionAccessor
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Singleton<ICognitoSessionAccessor, TAccessor>());
        return services;
    }
}
