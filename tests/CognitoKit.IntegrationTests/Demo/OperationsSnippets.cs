using Amazon.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>
/// The snippets of docs/operations.md, line for line, so a snippet that stops compiling breaks the build.
/// <c>CognitoKit.Tests.Docs.DocSnippetMirrorTests</c> checks that every line of the page is here.
/// </summary>
internal static class OperationsSnippets
{
    // Guide: health checks
    public static void HealthChecks(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCognitoKit(configuration.GetSection("CognitoKit"))
            .AddHealthChecks();
        services.AddCognitoKit("staff", configuration.GetSection("CognitoKit:Staff"))
            .AddHealthChecks(tags: ["ready"]);
    }

    // Guide: checking the app client at start-up
    public static void StartupCheck(IServiceCollection services, IConfiguration configuration, AWSCredentials credentials)
    {
        services.AddCognitoKit(configuration.GetSection("CognitoKit"))
            .AddAdminCredentials(credentials)
            .VerifyConfigurationAtStartup(CognitoAuthFlows.UserSrp | CognitoAuthFlows.RefreshToken);
    }

    // Guide: events
    public static void Events(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCognitoKit(configuration.GetSection("CognitoKit"))
            .AddObserver<SignInAudit>();
    }

    public sealed class SignInAudit(ILogger<SignInAudit> logger) : ICognitoKitObserver
    {
        public Task OnEventAsync(CognitoKitEvent e, CancellationToken cancellationToken = default)
        {
            logger.LogInformation("{Kind} {Username} ({Sub}) on {Instance}", e.Kind, e.Username, e.Sub, e.InstanceName);
            return Task.CompletedTask;
        }
    }
}
