using System.Diagnostics.CodeAnalysis;
using CognitoKit;
using CognitoKit.DependencyInjection;
using CognitoKit.Operations;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Running CognitoKit in production: the start-up configuration check, health checks and event observers.</summary>
public static class CognitoKitOperationsBuilderExtensions
{
    /// <summary>The name of the signing-keys (JWKS) check; a named instance's is <c>cognitokit-jwks[staff]</c>.</summary>
    public const string JwksHealthCheckName = "cognitokit-jwks";

    /// <summary>The name of the user pool endpoint check; a named instance's is <c>cognitokit-userpool[staff]</c>.</summary>
    public const string UserPoolHealthCheckName = "cognitokit-userpool";

    /// <summary>The name of the identity pool check; a named instance's is <c>cognitokit-identitypool[staff]</c>.</summary>
    public const string IdentityPoolHealthCheckName = "cognitokit-identitypool";

    /// <summary>The tag every CognitoKit health check carries when no tags are given.</summary>
    public const string HealthCheckTag = "cognitokit";

    /// <summary>The sign-in flows checked when none are given: SRP sign-in and refreshing sessions.</summary>
    public const CognitoAuthFlows DefaultAuthFlows = CognitoAuthFlows.UserSrp | CognitoAuthFlows.RefreshToken;

    /// <summary>
    /// Checks the app client when the host starts, before any hosted service (so before the server takes requests):
    /// <c>DescribeUserPoolClient</c>, signed with the admin credentials (<c>AddAdminCredentials</c>, or an
    /// <c>AWSCredentials</c> in the container, or the AWS SDK's default chain), must show that the client allows
    /// <paramref name="flows"/>, has a client secret exactly when <c>ClientSecret</c> is set, rotates refresh tokens exactly
    /// when <c>RefreshTokenRotation</c> is set, and issues access and ID tokens that live longer than <c>RefreshMargin</c>.
    /// A mismatch stops the start with a <see cref="CognitoConfigurationException"/> naming the setting to change.
    /// </summary>
    /// <remarks>
    /// The credentials need <c>cognito-idp:DescribeUserPoolClient</c> on the pool. Without the permission, or when Cognito
    /// cannot be reached, the start fails with Cognito's error. Calling this again replaces the flows.
    /// </remarks>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="flows">The sign-in flows the app uses; default <see cref="DefaultAuthFlows"/>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder VerifyConfigurationAtStartup(this ICognitoKitBuilder builder, CognitoAuthFlows flows = DefaultAuthFlows)
    {
        ArgumentNullException.ThrowIfNull(builder);
        object? key = CognitoKitInstance.KeyOf(builder.Name);
        bool added = builder.Services.Any(d => d.ServiceType == typeof(ConfigurationCheckRequest) && Equals(d.ServiceKey, key));
        builder.Services.RemoveAllKeyed<ConfigurationCheckRequest>(key);
        builder.Services.AddKeyedSingleton(key, new ConfigurationCheckRequest(flows));
        if (!added)
        {
            string name = builder.Name;
            builder.Services.AddSingleton<IHostedService>(sp => new AppClientConfigurationVerifier(
                sp.GetRequiredKeyedService<IUserPoolsClient>(key),
                sp.GetRequiredKeyedService<FrozenCognitoKitOptions>(key).Settings,
                sp.GetRequiredKeyedService<ConfigurationCheckRequest>(key).Flows,
                CognitoKitInstance.SettingPrefix(name)));
        }

        return builder;
    }

    /// <summary>
    /// Adds <typeparamref name="TObserver"/> (a singleton) as an observer of this instance: it hears every sign-in,
    /// refresh, refused refresh, sign-out and credentials renewal of the instance (<see cref="CognitoKitEvent"/>), and
    /// nothing of other instances. Adding the same type twice to one instance adds it once.
    /// </summary>
    /// <typeparam name="TObserver">The observer.</typeparam>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddObserver<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TObserver>(this ICognitoKitBuilder builder)
        where TObserver : class, ICognitoKitObserver
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.KeyedSingleton<ICognitoKitObserver, TObserver>(CognitoKitInstance.KeyOf(builder.Name)));
        return builder;
    }

    /// <summary>Adds the observer <paramref name="factory"/> builds (once) as an observer of this instance; see <see cref="AddObserver{TObserver}(ICognitoKitBuilder)"/>.</summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="factory">Builds the observer from the service provider.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddObserver(this ICognitoKitBuilder builder, Func<IServiceProvider, ICognitoKitObserver> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.AddKeyedSingleton(CognitoKitInstance.KeyOf(builder.Name), (sp, _) => factory(sp));
        return builder;
    }

    /// <summary>
    /// Adds this instance's health checks to ASP.NET Core's health checks (<c>app.MapHealthChecks("/health")</c>):
    /// <list type="bullet">
    /// <item><see cref="JwksHealthCheckName"/>: the pool's signing keys are loaded; <c>Degraded</c> while a refetch fails
    /// but the cached keys still validate tokens (their age is reported), <c>Unhealthy</c> when there are none.</item>
    /// <item><see cref="UserPoolHealthCheckName"/>: the user pool API answers (a <c>GetUser</c> with a non-token, which
    /// Cognito refuses without touching any user).</item>
    /// <item><see cref="IdentityPoolHealthCheckName"/>, only when an identity pool is configured: the identity pool answers
    /// for its id (a <c>GetId</c> with a non-token login, which creates no identity).</item>
    /// </list>
    /// A named instance's checks carry its name (<c>cognitokit-jwks[staff]</c>). Results carry data (endpoint, key count,
    /// key age, Cognito's answer), never a token or secret. Calling this again replaces the tags.
    /// </summary>
    /// <param name="builder">The builder from <c>AddCognitoKit</c>.</param>
    /// <param name="tags">The tags of the checks, to filter them by endpoint; default <see cref="HealthCheckTag"/>.</param>
    /// <returns>The same builder.</returns>
    public static ICognitoKitBuilder AddHealthChecks(this ICognitoKitBuilder builder, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        object? key = CognitoKitInstance.KeyOf(builder.Name);
        bool added = builder.Services.Any(d => d.ServiceType == typeof(HealthChecksRequest) && Equals(d.ServiceKey, key));
        builder.Services.RemoveAllKeyed<HealthChecksRequest>(key);
        builder.Services.AddKeyedSingleton(key, new HealthChecksRequest([.. tags ?? [HealthCheckTag]]));
        builder.Services.AddHealthChecks();
        if (!added)
        {
            string name = builder.Name;
            builder.Services.AddSingleton<IConfigureOptions<HealthCheckServiceOptions>>(sp => new CognitoHealthCheckRegistration(sp, name));
        }

        return builder;
    }
}
