using CognitoKit;
using CognitoKit.AspNetCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Makes a named or typed <see cref="HttpClient"/> send the signed-in user's Cognito token.</summary>
public static class CognitoHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds a handler that puts the session's access token (refreshed ahead of expiry) on every request, and after a
    /// <c>401</c> refreshes once and retries once. The session comes from the registered <see cref="ICognitoSessionAccessor"/>
    /// (<c>AddFixedCognitoSession</c> or <c>AddHttpContextCognitoSession</c>) unless <paramref name="configure"/> sets one.
    /// </summary>
    /// <param name="builder">The HTTP client builder.</param>
    /// <param name="configure">Changes this client's options; may be null.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>A request made with no session throws <see cref="CognitoSessionExpiredException"/> before anything is sent.</remarks>
    public static IHttpClientBuilder AddCognitoAccessToken(this IHttpClientBuilder builder, Action<CognitoAccessTokenOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        if (configure is not null)
        {
            builder.Services.Configure(name, configure);
        }

        return builder.AddHttpMessageHandler(services =>
        {
            var options = services.GetRequiredService<IOptionsMonitor<CognitoAccessTokenOptions>>().Get(name);
            var accessor = options.SessionAccessor
                ?? services.GetService<ICognitoSessionAccessor>()
                ?? throw new InvalidOperationException(
                    $"The HttpClient '{name}' sends Cognito tokens but no ICognitoSessionAccessor is registered: call services.AddFixedCognitoSession() " +
                    "(a client app) or services.AddHttpContextCognitoSession() (a back end), or set CognitoAccessTokenOptions.SessionAccessor.");
            var logger = services.GetService<ILoggerFactory>()?.CreateLogger("CognitoKit.AspNetCore.CognitoAccessTokenHandler") ?? NullLogger.Instance;
            return new CognitoAccessTokenHandler(accessor, options, logger);
        });
    }
}
