using CognitoKit.Hosted;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Tests.Hosted;

/// <summary>CognitoKit with the hosted UI configured for a Cognito prefix domain, its HTTP going to a fake handler.</summary>
internal static class HostedTestServices
{
    public static readonly Uri Domain = CognitoHostedUIOptions.CognitoDomain("my-app", "eu-west-1");

    public static ServiceProvider Build(FakeDomainHandler handler, string? clientSecret = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_AbCdEf123";
            o.ClientId = "client123";
            o.ClientSecret = clientSecret;
        }).AddHostedUI(o =>
        {
            o.Domain = Domain;
            o.RedirectUri = new Uri("https://app.example.com/callback");
            o.LogoutUri = new Uri("https://app.example.com/");
        });
        services.AddHttpClient(OAuthEndpointClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }
}
