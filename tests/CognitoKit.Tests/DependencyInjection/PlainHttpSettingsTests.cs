using CognitoKit.Hosted;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tests.DependencyInjection;

/// <summary>
/// Endpoints, issuers and the hosted-UI domain accept plain http only towards this machine (an emulator); anything else
/// fails when the host starts, naming the setting.
/// </summary>
public sealed class PlainHttpSettingsTests
{
    private const string Rule = " must use https unless it points at this machine (localhost, 127.0.0.0/8 or [::1]); got ";

    private static void Valid(CognitoKitOptions o)
    {
        o.UserPoolId = "eu-west-1_AbC123";
        o.ClientId = "4p0g3ovcabcdef1234567890ab";
    }

    public static TheoryData<string, Action<CognitoKitOptions, Uri>> Endpoints() => new()
    {
        { "UserPoolEndpoint", (o, uri) => o.UserPoolEndpoint = uri },
        { "IdentityEndpoint", (o, uri) => o.IdentityEndpoint = uri },
        { "StsEndpoint", (o, uri) => o.StsEndpoint = uri },
        { "Issuer", (o, uri) => o.Issuer = uri },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void ValidateOnStart_WithAPlainHttpEndpointElsewhere_FailsNamingTheSetting(string setting, Action<CognitoKitOptions, Uri> set)
    {
        using var provider = new ServiceCollection()
            .AddCognitoKit(o => { Valid(o); set(o, new Uri("http://example.com/")); })
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("CognitoKit:" + setting + Rule + "http://example.com/", Assert.Single(error.Failures));
    }

    [Theory]
    [InlineData("http://localhost:9229/")]
    [InlineData("http://LOCALHOST:9229/")]
    [InlineData("http://127.0.0.1:9229/")]
    [InlineData("http://127.45.3.2:9229/")]
    [InlineData("http://[::1]:9229/")]
    [InlineData("https://cognito.example.com/")]
    public void ValidateOnStart_WithHttpsOrThisMachine_Passes(string address)
    {
        var uri = new Uri(address);
        using var provider = new ServiceCollection()
            .AddCognitoKit(o => { Valid(o); o.UserPoolEndpoint = uri; o.IdentityEndpoint = uri; o.StsEndpoint = uri; o.Issuer = uri; })
            .Services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(uri, provider.GetRequiredService<IOptions<CognitoKitOptions>>().Value.UserPoolEndpoint);
    }

    [Theory]
    [InlineData("http://10.1.2.3:9229/")]
    [InlineData("http://128.0.0.1/")]
    [InlineData("http://[::2]/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    public void ValidateOnStart_WithPlainHttpToAnotherMachine_Fails(string address)
    {
        using var provider = new ServiceCollection()
            .AddCognitoKit(o => { Valid(o); o.UserPoolEndpoint = new Uri(address); })
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.StartsWith("CognitoKit:UserPoolEndpoint" + Rule, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_WithAPlainHttpHostedDomainElsewhere_FailsNamingTheDomainSetting()
    {
        using var provider = new ServiceCollection()
            .AddCognitoKit(Valid)
            .AddHostedUI(o => o.Domain = new Uri("http://my-app.auth.example.com/"))
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("CognitoKit:HostedUI:Domain" + Rule + "http://my-app.auth.example.com/", Assert.Single(error.Failures));
    }

    [Fact]
    public void ValidateOnStart_WithALoopbackHostedDomain_Passes()
    {
        using var provider = new ServiceCollection()
            .AddCognitoKit(Valid)
            .AddHostedUI(o => o.Domain = new Uri("http://127.0.0.1:9229/"))
            .Services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(new Uri("http://127.0.0.1:9229/"), provider.GetRequiredService<IOptions<CognitoHostedUIOptions>>().Value.Domain);
    }

    [Fact]
    public void TokenValidator_WithAPlainHttpIssuerElsewhere_FailsNamingTheIssuer()
    {
        var options = new CognitoTokenValidationOptions { Issuer = "http://issuer.example.com/eu-west-1_AbC123", AllowedClientIds = ["client"] };
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new CognitoTokenValidator(options, http));

        Assert.StartsWith("CognitoTokenValidationOptions.Issuer" + Rule + "http://issuer.example.com/eu-west-1_AbC123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCognitoTokenValidation_WithAPlainHttpIssuerElsewhere_FailsAtFirstResolve()
    {
        using var provider = new ServiceCollection()
            .AddCognitoTokenValidation(o =>
            {
                o.Issuer = "http://issuer.example.com/eu-west-1_AbC123";
                o.AllowedClientIds.Add("client");
            })
            .BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ICognitoTokenValidator>());

        Assert.Equal("Issuer", error.ParamName);
        Assert.Contains(Rule.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenValidator_WithALoopbackHttpIssuer_IsBuilt()
    {
        var options = new CognitoTokenValidationOptions { Issuer = "http://127.0.0.1:9229/eu-west-1_AbC123", AllowedClientIds = ["client"] };
        using var http = new HttpClient();

        var validator = new CognitoTokenValidator(options, http);

        Assert.Equal(new Uri("http://127.0.0.1:9229/eu-west-1_AbC123/.well-known/jwks.json"), validator.JwksUri);
    }

    [Theory]
    [InlineData("not-a-pool")]
    [InlineData("nounderscore")]
    [InlineData("bad_pool!")]
    [InlineData("europe_AbC123")]
    public void ValidateOnStart_WithABadUserPoolIdAndNoRegion_GivesOneMessageAboutTheUserPoolId(string poolId)
    {
        using var provider = new ServiceCollection()
            .AddCognitoKit(o => { Valid(o); o.UserPoolId = poolId; })
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.StartsWith($"CognitoKit:UserPoolId '{poolId}' ", Assert.Single(error.Failures), StringComparison.Ordinal);
    }
}
