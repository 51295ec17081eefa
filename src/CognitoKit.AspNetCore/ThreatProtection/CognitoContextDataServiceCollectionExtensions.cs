using CognitoKit;
using CognitoKit.AspNetCore;
using CognitoKit.AspNetCore.ThreatProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the current request as the source of Cognito threat-protection context.</summary>
public static class CognitoContextDataServiceCollectionExtensions
{
    /// <summary>
    /// Sends each request's end-user context as <c>UserContextData</c> with the Cognito operations that accept it: the
    /// remote IP address (<c>HttpContext.Connection.RemoteIpAddress</c>, so configure <c>UseForwardedHeaders()</c> if the
    /// app runs behind a proxy), and the browser fingerprint from the form field or header named in
    /// <paramref name="configure"/>, passed through unchanged. Nothing else from the request is sent. Replaces any
    /// <see cref="ICognitoContextDataProvider"/> registered before.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Names the fingerprint's form field or header; may be null (IP address only).</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCognitoContextDataFromHttpContext(
        this IServiceCollection services, Action<HttpContextCognitoContextDataOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpContextAccessor();
        services.AddOptions<HttpContextCognitoContextDataOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.Replace(ServiceDescriptor.Singleton<ICognitoContextDataProvider, HttpContextCognitoContextDataProvider>());
        return services;
    }
}
