using System.Diagnostics.CodeAnalysis;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Token revocation on the builder <c>AddCognitoKit</c> returns: which deny set the validators consult, and who tells the
/// other instances of a farm about this instance's sign-outs.
/// </summary>
public static class CognitoRevocationBuilderExtensions
{
    /// <summary>Makes <typeparamref name="TList"/> (a singleton) the <see cref="ICognitoRevocationList"/> every validator of the
    /// container consults, in place of the in-memory default.</summary>
    /// <typeparam name="TList">The list.</typeparam>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddRevocationList<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TList>(
        this ICognitoKitBuilder builder)
        where TList : class, ICognitoRevocationList
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<ICognitoRevocationList, TList>());
        return builder;
    }

    /// <summary>Makes the list <paramref name="factory"/> builds (once) the <see cref="ICognitoRevocationList"/> every validator
    /// of the container consults; return the same instance from several containers to share one deny set between them.</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="factory">Builds the list from the service provider.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddRevocationList(this ICognitoKitBuilder builder, Func<IServiceProvider, ICognitoRevocationList> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }

    /// <summary>Adds <typeparamref name="TPublisher"/> (a singleton) to the <see cref="ICognitoRevocationPublisher"/>s that
    /// hear of every revocation the façade makes (sign-out, revoke, global sign-out, deletion). Adding the same type twice
    /// adds it once.</summary>
    /// <typeparam name="TPublisher">The publisher, for example one that sends on a Redis channel.</typeparam>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddRevocationPublisher<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TPublisher>(
        this ICognitoKitBuilder builder)
        where TPublisher : class, ICognitoRevocationPublisher
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ICognitoRevocationPublisher, TPublisher>());
        return builder;
    }

    /// <summary>Adds the publisher <paramref name="factory"/> builds (once) to the <see cref="ICognitoRevocationPublisher"/>s
    /// that hear of every revocation the façade makes (sign-out, revoke, global sign-out, deletion).</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="factory">Builds the publisher from the service provider.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddRevocationPublisher(this ICognitoKitBuilder builder, Func<IServiceProvider, ICognitoRevocationPublisher> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.AddSingleton(factory);
        return builder;
    }
}
