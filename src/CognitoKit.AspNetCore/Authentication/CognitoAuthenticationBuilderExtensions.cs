using CognitoKit.AspNetCore;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Cognito bearer scheme to <c>AddAuthentication()</c>.</summary>
public static class CognitoAuthenticationBuilderExtensions
{
    /// <summary>
    /// Adds the <c>"Cognito"</c> scheme with its settings taken from <c>AddCognitoKit</c> (pool, issuer, app client).
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddCognito(this AuthenticationBuilder builder) =>
        builder.AddCognito(CognitoAuthenticationDefaults.AuthenticationScheme, _ => { });

    /// <summary>Adds the <c>"Cognito"</c> scheme configured by <paramref name="configure"/>.</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configure">Sets the pool, the accepted app clients and the kind of token.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddCognito(this AuthenticationBuilder builder, Action<CognitoAuthenticationOptions> configure) =>
        builder.AddCognito(CognitoAuthenticationDefaults.AuthenticationScheme, configure);

    /// <summary>Adds a Cognito scheme named <paramref name="authenticationScheme"/>, for a second pool or ID tokens beside access tokens.</summary>
    /// <remarks>The scheme's settings are validated when the host starts; a scheme without a pool or an accepted app client
    /// makes <c>StartAsync</c> throw <see cref="OptionsValidationException"/> naming the setting.</remarks>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme name.</param>
    /// <param name="configure">Sets the pool, the accepted app clients and the kind of token.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddCognito(
        this AuthenticationBuilder builder, string authenticationScheme, Action<CognitoAuthenticationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        ArgumentNullException.ThrowIfNull(configure);
        CognitoHttpClientRegistration.AddIsolated(builder.Services, CognitoTokenValidator.HttpClientName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ICognitoRevocationList>(sp => new InMemoryCognitoRevocationList(sp.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton<CognitoValidatorProvider>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<CognitoAuthenticationOptions>, CognitoKitAuthenticationDefaults>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CognitoAuthenticationOptions>, CognitoAuthenticationOptionsValidator>());
        builder.Services.AddOptions<CognitoAuthenticationOptions>(authenticationScheme).ValidateOnStart();
        builder.Services.AddSingleton(new CognitoSchemeName(authenticationScheme));
        builder.Services.TryAddSingleton(sp => new CognitoClaimSources(sp.GetServices<CognitoSchemeName>(), sp));
        return builder.AddScheme<CognitoAuthenticationOptions, CognitoAuthenticationHandler>(authenticationScheme, displayName: null, configure);
    }

    /// <summary>
    /// Adds the <c>"Cognito"</c> scheme read from a CognitoKit configuration section, such as
    /// <c>builder.Configuration.GetSection("CognitoKit")</c>: <c>UserPoolId</c>, <c>Region</c>, <c>ClientId</c> (or a
    /// <c>ClientIds</c> array), <c>Issuer</c> or <c>UserPoolEndpoint</c>, <c>ClockSkew</c> and <c>TokenUse</c>.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configuration">The section.</param>
    /// <param name="configure">Changes the options after the section is read; may be null.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddCognito(
        this AuthenticationBuilder builder, IConfiguration configuration, Action<CognitoAuthenticationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddCognito(CognitoAuthenticationDefaults.AuthenticationScheme, options =>
        {
            CognitoConfigurationReader.Apply(configuration, options);
            configure?.Invoke(options);
        });
    }
}
