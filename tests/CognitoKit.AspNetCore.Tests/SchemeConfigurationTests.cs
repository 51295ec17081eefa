using CognitoKit.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>Where a scheme's settings come from: code, a CognitoKit configuration section, or AddCognitoKit.</summary>
public sealed class SchemeConfigurationTests
{
    [Fact]
    public void AddCognito_FromTheCognitoKitSection_ReadsPoolClientsEndpointSkewAndTokenUse()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CognitoKit:UserPoolId"] = "eu-west-1_AbC123",
            ["CognitoKit:ClientId"] = "web-client",
            ["CognitoKit:ClientIds:0"] = "mobile-client",
            ["CognitoKit:UserPoolEndpoint"] = "http://127.0.0.1:9229/",
            ["CognitoKit:ClockSkew"] = "00:00:30",
            ["CognitoKit:TokenUse"] = "id",
        }).Build();
        var services = new ServiceCollection();

        services.AddAuthentication().AddCognito(configuration.GetSection("CognitoKit"));

        CognitoAuthenticationOptions options = Resolve(services);
        Assert.Equal("eu-west-1_AbC123", options.UserPoolId);
        Assert.Equal("http://127.0.0.1:9229/eu-west-1_AbC123", options.Issuer);
        Assert.Equal(["mobile-client"], options.ClientIds);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ClockSkew);
        Assert.Equal(CognitoTokenUse.Id, options.TokenUse);
    }

    [Fact]
    public void AddCognito_FromASectionWithOnlyClientId_AcceptsThatClient()
    {
        IConfiguration section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["UserPoolId"] = "us-east-2_Pool",
            ["ClientId"] = "web-client",
        }).Build();
        var services = new ServiceCollection();

        services.AddAuthentication().AddCognito(section);

        CognitoAuthenticationOptions options = Resolve(services);
        Assert.Equal(["web-client"], options.ClientIds);
        Assert.Null(options.Issuer); // the validator derives Cognito's own issuer from the pool id
        Assert.Equal(CognitoTokenUse.Access, options.TokenUse);
    }

    [Fact]
    public void AddCognito_WithABadSkewInTheSection_FailsNamingTheSetting()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CognitoKit:UserPoolId"] = "us-east-2_Pool",
            ["CognitoKit:ClockSkew"] = "one minute",
        }).Build();
        var services = new ServiceCollection();
        services.AddAuthentication().AddCognito(configuration.GetSection("CognitoKit"));

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(services));

        Assert.Contains("CognitoKit:ClockSkew", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCognito_WithNoArguments_TakesPoolIssuerAndClientFromAddCognitoKit()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = "us-east-1_Kit";
            o.ClientId = "kitclient1";
            o.UserPoolEndpoint = new Uri("http://localhost:5000/");
        });

        services.AddAuthentication().AddCognito();

        CognitoAuthenticationOptions options = Resolve(services);
        Assert.Equal("us-east-1_Kit", options.UserPoolId);
        Assert.Equal("http://localhost:5000/us-east-1_Kit", options.Issuer);
        Assert.Equal(["kitclient1"], options.ClientIds);
    }

    [Fact]
    public void AddCognito_ExplicitSettings_WinOverAddCognitoKit()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = "us-east-1_Kit";
            o.ClientId = "kitclient1";
        });

        services.AddAuthentication().AddCognito(o =>
        {
            o.UserPoolId = "us-east-1_Api";
            o.ClientIds = ["apiclient1"];
        });

        CognitoAuthenticationOptions options = Resolve(services);
        Assert.Equal("us-east-1_Api", options.UserPoolId);
        Assert.Null(options.Issuer);
        Assert.Equal(["apiclient1"], options.ClientIds);
    }

    [Fact]
    public void Options_ForASchemeWithoutAPool_FailNamingTheScheme()
    {
        var services = new ServiceCollection();
        services.AddAuthentication().AddCognito("Orders", o => o.ClientIds = ["c"]);
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<CognitoAuthenticationOptions>>().Get("Orders"));

        Assert.Contains("'Orders'", error.Message, StringComparison.Ordinal);
        Assert.Contains("UserPoolId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_ForOneScheme_IsBuiltOnceAndShared()
    {
        var services = new ServiceCollection();
        services.AddAuthentication().AddCognito(o =>
        {
            o.UserPoolId = "us-east-1_Once";
            o.ClientIds = ["c"];
        });
        using ServiceProvider provider = services.BuildServiceProvider();
        CognitoAuthenticationOptions options = provider.GetRequiredService<IOptionsMonitor<CognitoAuthenticationOptions>>().Get(CognitoAuthenticationDefaults.AuthenticationScheme);
        CognitoValidatorProvider validators = provider.GetRequiredService<CognitoValidatorProvider>();

        ICognitoTokenValidator first = validators.Get(CognitoAuthenticationDefaults.AuthenticationScheme, options);

        Assert.Same(first, validators.Get(CognitoAuthenticationDefaults.AuthenticationScheme, options));
        Assert.Equal("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Once", Assert.IsType<CognitoTokenValidator>(first).Issuer);
    }

    [Theory]
    [InlineData(TokenRejectionReason.Expired, 401, "invalid_token", "The token has expired")]
    [InlineData(TokenRejectionReason.WrongClient, 401, "invalid_token", "The token was issued to another client")]
    [InlineData(TokenRejectionReason.MissingScope, 403, "insufficient_scope", "The token lacks a required scope")]
    [InlineData(TokenRejectionReason.JwksUnavailable, 503, null, null)]
    public void Challenge_ForEachRejection_HasItsStatusErrorAndFixedDescription(TokenRejectionReason reason, int status, string? error, string? description)
    {
        Assert.Equal((status, error, description), BearerChallenge.For(reason, CognitoTokenUse.Access));
    }

    [Fact]
    public void Challenge_QuotesParametersSoARealmCannotBreakTheHeader()
    {
        string header = BearerChallenge.Format("my \"api\"\r\n", "invalid_token", "The token has expired", scope: null);

        Assert.Equal("Bearer realm=\"my \\\"api\\\"\", error=\"invalid_token\", error_description=\"The token has expired\"", header);
    }

    private static CognitoAuthenticationOptions Resolve(IServiceCollection services) =>
        services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<CognitoAuthenticationOptions>>().Get(CognitoAuthenticationDefaults.AuthenticationScheme);
}
