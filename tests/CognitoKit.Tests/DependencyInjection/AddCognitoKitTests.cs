using Amazon.Runtime;
using CognitoKit.DependencyInjection;
using CognitoKit.Protocol;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tests.DependencyInjection;

public sealed class AddCognitoKitTests
{
    private static void Valid(CognitoKitOptions o)
    {
        o.UserPoolId = "eu-west-1_AbC123";
        o.ClientId = "4p0g3ovcabcdef1234567890ab";
    }

    [Fact]
    public void AddCognitoKit_WithAction_ResolvesClientsForTheRegionOfThePool()
    {
        using var provider = new ServiceCollection().AddCognitoKit(Valid).Services.BuildServiceProvider();

        var clients = provider.GetRequiredService<CognitoClients>();

        Assert.Equal(new Uri("https://cognito-idp.eu-west-1.amazonaws.com/"), clients.UserPoolsEndpoint.Endpoint);
        Assert.Equal(new Uri("https://cognito-identity.eu-west-1.amazonaws.com/"), clients.IdentityEndpoint.Endpoint);
        Assert.Same(clients.UserPools, provider.GetRequiredService<IUserPoolsClient>());
        Assert.Same(clients.IdentityPools, provider.GetRequiredService<IIdentityPoolsClient>());
        Assert.NotNull(provider.GetRequiredService<ICognitoKit>());
    }

    [Fact]
    public void AddCognitoKit_WithConfiguration_BindsTheSection()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CognitoKit:UserPoolId"] = "us-east-2_D8rs5PBjY",
            ["CognitoKit:ClientId"] = "abc123",
            ["CognitoKit:IdentityPoolId"] = "us-east-2:4f9c1d2e-0000-4000-8000-123456789012",
            ["CognitoKit:UserPoolEndpoint"] = "http://127.0.0.1:9229/",
            ["CognitoKit:MaxAttempts"] = "5",
            ["CognitoKit:AttemptTimeout"] = "00:00:04",
        }).Build();

        using var provider = new ServiceCollection().AddCognitoKit(configuration.GetSection(CognitoKitOptions.SectionName)).Services.BuildServiceProvider();

        CognitoKitOptions options = provider.GetRequiredService<IOptions<CognitoKitOptions>>().Value;
        Assert.Equal("abc123", options.ClientId);
        Assert.Equal(5, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(4), options.AttemptTimeout);
        Assert.Equal(new Uri("http://127.0.0.1:9229/"), provider.GetRequiredService<CognitoClients>().UserPoolsEndpoint.Endpoint);
    }

    public static TheoryData<string, Action<CognitoKitOptions>> BadValues() => new()
    {
        { "Region", o => o.Region = "Europe" },
        { "Region", o => o.Region = "us-east-1" },
        { "UserPoolId", o => o.UserPoolId = "" },
        { "UserPoolId", o => o.UserPoolId = "eu-west-1-no-underscore" },
        { "ClientId", o => o.ClientId = "" },
        { "ClientId", o => o.ClientId = "has spaces!" },
        { "IdentityPoolId", o => o.IdentityPoolId = "not-a-pool" },
        { "UserPoolEndpoint", o => o.UserPoolEndpoint = new Uri("ftp://example.com/") },
        { "IdentityEndpoint", o => o.IdentityEndpoint = new Uri("/relative", UriKind.Relative) },
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.Zero },
        { "OverallTimeout", o => o.OverallTimeout = TimeSpan.FromMinutes(11) },
        { "AttemptTimeout", o => { o.AttemptTimeout = TimeSpan.FromSeconds(40); o.OverallTimeout = TimeSpan.FromSeconds(30); } },
        { "MaxAttempts", o => o.MaxAttempts = 0 },
        { "MaxAttempts", o => o.MaxAttempts = 11 },
        { "RetryBaseDelay", o => o.RetryBaseDelay = TimeSpan.FromSeconds(-1) },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void ValidateOnStart_WithABadValue_FailsNamingTheSetting(string setting, Action<CognitoKitOptions> spoil)
    {
        using var provider = new ServiceCollection().AddCognitoKit(o => { Valid(o); spoil(o); }).Services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("CognitoKit:" + setting, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_WithValidOptions_Passes()
    {
        using var provider = new ServiceCollection().AddCognitoKit(Valid).Services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("eu-west-1_AbC123", provider.GetRequiredService<IOptions<CognitoKitOptions>>().Value.UserPoolId);
    }

    [Fact]
    public void AddCognitoKit_Twice_DoesNotDuplicateServices()
    {
        var services = new ServiceCollection().AddCognitoKit(Valid).Services;
        int count = services.Count;

        services.AddCognitoKit(o => o.MaxAttempts = 4);

        Assert.Single(services, d => d.ServiceType == typeof(CognitoClients));
        Assert.Single(services, d => d.ServiceType == typeof(IUserPoolsClient));
        Assert.Single(services, d => d.ServiceType == typeof(IIdentityPoolsClient));
        Assert.Single(services, d => d.ServiceType == typeof(ICognitoKit));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<CognitoKitOptions>) && d.ImplementationType == typeof(CognitoKitOptionsValidator));
        Assert.True(services.Count <= count + 2, $"{services.Count - count} descriptors were added by the second call");
        using var provider = services.BuildServiceProvider();
        Assert.Equal(4, provider.GetRequiredService<IOptions<CognitoKitOptions>>().Value.MaxAttempts);
    }

    [Fact]
    public async Task Clients_UseTheHttpClientFromTheFactory()
    {
        var handler = new Protocol.CannedCognitoHandler(_ => Protocol.CannedCognitoHandler.Json("""{"Username":"alice"}"""));
        var services = new ServiceCollection().AddCognitoKit(Valid).Services;
        services.AddHttpClient(CognitoKitServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var answer = await provider.GetRequiredService<IUserPoolsClient>().GetUserAsync(new() { AccessToken = "t" }, CancellationToken.None);

        Assert.Equal("alice", answer.Username);
        Assert.Equal("https://cognito-idp.eu-west-1.amazonaws.com/", Assert.Single(handler.Calls).Uri.ToString());
    }

    [Fact]
    public async Task AdminCredentials_GivenInDI_SignTheAdminOperations()
    {
        var handler = new Protocol.CannedCognitoHandler(_ => Protocol.CannedCognitoHandler.Json("{}"));
        var services = new ServiceCollection().AddCognitoKit(Valid).AddAdminCredentials(new BasicAWSCredentials("AKIDFROMDI", "s")).Services;
        services.AddHttpClient(CognitoKitServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IUserPoolsClient>().AdminGetUserAsync(new() { UserPoolId = "eu-west-1_AbC123", Username = "u" }, CancellationToken.None);

        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDFROMDI/", Assert.Single(handler.Calls).Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCredentials_RegisteredAsAWSCredentials_AreUsedWhenNoneGivenToCognitoKit()
    {
        var handler = new Protocol.CannedCognitoHandler(_ => Protocol.CannedCognitoHandler.Json("{}"));
        var services = new ServiceCollection().AddCognitoKit(Valid).Services;
        services.AddSingleton<AWSCredentials>(new BasicAWSCredentials("AKIDREGISTERED", "s"));
        services.AddHttpClient(CognitoKitServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IUserPoolsClient>().AdminDeleteUserAsync(new() { UserPoolId = "eu-west-1_AbC123", Username = "u" }, CancellationToken.None);

        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDREGISTERED/", Assert.Single(handler.Calls).Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void AddAdminCredentials_Twice_KeepsTheLast()
    {
        var services = new ServiceCollection()
            .AddCognitoKit(Valid)
            .AddAdminCredentials(new BasicAWSCredentials("FIRST", "s"))
            .AddAdminCredentials(new BasicAWSCredentials("SECOND", "s"))
            .Services;

        using var provider = services.BuildServiceProvider();

        var registered = Assert.Single(provider.GetServices<CognitoAdminCredentials>());
        Assert.Equal("SECOND", registered.Credentials.GetCredentials().AccessKey);
        Assert.DoesNotContain("SECOND", registered.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RetryPolicy_FollowsTheOptions()
    {
        var policy = CognitoRetryPolicy.From(new CognitoKitOptions { MaxAttempts = 7, AttemptTimeout = TimeSpan.FromSeconds(3) });

        Assert.Equal(7, policy.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(3), policy.AttemptTimeout);
    }
}
