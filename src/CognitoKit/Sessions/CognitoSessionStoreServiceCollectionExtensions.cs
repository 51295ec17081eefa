using System.Diagnostics.CodeAnalysis;
using CognitoKit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Replaces the in-memory session store behind <c>cognito.Sessions</c> with your own.</summary>
public static class CognitoSessionStoreServiceCollectionExtensions
{
    /// <summary>
    /// Makes <typeparamref name="TStore"/> (a singleton) the <see cref="ICognitoSessionStore"/>, whether called before or
    /// after <c>AddCognitoKit</c>.
    /// </summary>
    /// <typeparam name="TStore">The store, for example one over a distributed cache.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoSessionStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>(
        this IServiceCollection services)
        where TStore : class, ICognitoSessionStore
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Singleton<ICognitoSessionStore, TStore>());
        return services;
    }

    /// <summary>Makes the store <paramref name="factory"/> builds (once) the <see cref="ICognitoSessionStore"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="factory">Builds the store from the service provider.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoSessionStore(this IServiceCollection services, Func<IServiceProvider, ICognitoSessionStore> factory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(factory);
        services.Replace(ServiceDescriptor.Singleton(factory));
        return services;
    }
}
