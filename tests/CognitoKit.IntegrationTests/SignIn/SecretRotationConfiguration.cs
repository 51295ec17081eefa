using CognitoKit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// The <c>CognitoKit</c> configuration section of an app in a client secret rotation (its current and previous secret),
/// and an <see cref="ICognitoKit"/> bound to it through <c>AddCognitoKit(IConfiguration)</c>.
/// </summary>
internal static class SecretRotationConfiguration
{
    /// <summary>The emulator's keys for <paramref name="pool"/>, with the given secrets (and refresh-token rotation, when given).</summary>
    public static IConfigurationRoot Build(TestPool pool, string current, string? previous, bool? refreshTokenRotation = null)
    {
        var values = new Dictionary<string, string?>(pool.Emulator.ToConfiguration(pool.Pool, pool.Client))
        {
            ["CognitoKit:ClientSecret"] = current,
        };
        if (previous is not null)
        {
            values["CognitoKit:PreviousClientSecret"] = previous;
        }

        if (refreshTokenRotation is { } rotates)
        {
            values["CognitoKit:RefreshTokenRotation"] = rotates ? "true" : "false";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>A façade from a new service provider, bound to the <c>CognitoKit</c> section of <paramref name="configuration"/>.</summary>
    public static ICognitoKit Kit(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(configuration.GetSection("CognitoKit"));
        return services.BuildServiceProvider().GetRequiredService<ICognitoKit>();
    }
}
