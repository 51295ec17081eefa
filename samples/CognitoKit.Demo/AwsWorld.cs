using Amazon;
using Amazon.SecurityToken;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Demo;

/// <summary>
/// The story's world on real Cognito: the pool, app client and identity pool come from configuration (section
/// <c>CognitoKit</c>), which an administrator set up beforehand.
/// </summary>
internal static class AwsWorld
{
    public static DemoWorld Create(IConfiguration configuration, DemoOptions options, TextWriter output, TextReader input)
    {
        DemoUser user = DemoUser.From(options, requireEmail: true);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCognitoKit(configuration.GetSection(CognitoKitOptions.SectionName));
        ServiceProvider provider = services.BuildServiceProvider();
        try
        {
            // Reading the options validates them, so a bad setting is reported by the set-up step, naming it.
            CognitoKitSettings o = provider.GetRequiredService<ICognitoKit>().Options;
            return new DemoWorld(provider, emulator: null)
            {
                User = user,
                Codes = new ConsoleUserCodes(output, input, options.Interactive ?? !Console.IsInputRedirected),
                Sts = new CallerIdentity(() => StsConfig(o)),
                Description = $"AWS region {RegionOf(o)}; user pool {o.UserPoolId}; app client {o.ClientId} "
                    + (o.HasClientSecret ? "with a secret" : "without a secret") + "; "
                    + (o.IdentityPoolId is null ? "no identity pool" : "identity pool " + o.IdentityPoolId)
                    + $"; user {user.Username}",
            };
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    private static AmazonSecurityTokenServiceConfig StsConfig(CognitoKitSettings options) => options.StsEndpoint is { } endpoint
        ? new AmazonSecurityTokenServiceConfig { ServiceURL = endpoint.AbsoluteUri, AuthenticationRegion = RegionOf(options) }
        : new AmazonSecurityTokenServiceConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(RegionOf(options)) };

    private static string RegionOf(CognitoKitSettings options) => options.Region;
}
