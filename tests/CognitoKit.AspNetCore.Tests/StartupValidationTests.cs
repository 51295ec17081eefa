using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>
/// A Cognito scheme that could never validate a token stops the app when it starts, with a message naming the setting the
/// user wrote, instead of starting and answering 500 to every request.
/// </summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task StartAsync_WithoutClientIds_ThrowsNamingClientIds()
    {
        var error = await StartAndFailAsync(auth => auth.AddCognito(o => o.UserPoolId = "eu-west-1_AbC123"));

        Assert.Contains("ClientIds lists no app client", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Cognito'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FromASectionWithoutClientId_ThrowsNamingTheConfigurationKey()
    {
        var error = await StartAndFailAsync(
            auth => auth.AddCognito(Section(("UserPoolId", "eu-west-1_AbC123"))));

        Assert.Contains("CognitoKit:ClientId (or a CognitoKit:ClientIds array) is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WithoutAPoolOrIssuer_ThrowsNamingUserPoolId()
    {
        var error = await StartAndFailAsync(auth => auth.AddCognito("Orders", o => o.ClientIds = ["orders-client"]));

        Assert.Contains("'Orders'", error.Message, StringComparison.Ordinal);
        Assert.Contains("UserPoolId is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WithABadUserPoolIdInTheSection_ThrowsOneMessageNamingTheKey()
    {
        var error = await StartAndFailAsync(
            auth => auth.AddCognito(Section(("UserPoolId", "not-a-pool"), ("ClientId", "web-client"))));

        string failure = Assert.Single(error.Failures);
        Assert.Contains("CognitoKit:UserPoolId 'not-a-pool' is not a user pool id", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Region", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WithAnUnreadableSkewInTheSection_ThrowsNamingTheKey()
    {
        var error = await StartAndFailAsync(
            auth => auth.AddCognito(Section(("UserPoolId", "eu-west-1_AbC123"), ("ClientId", "web-client"), ("ClockSkew", "one minute"))));

        Assert.Contains("CognitoKit:ClockSkew 'one minute' must be a time span", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.com/eu-west-1_AbC123")]
    [InlineData("http://10.0.0.5:9229/eu-west-1_AbC123")]
    [InlineData("http://localhost.example.com/eu-west-1_AbC123")]
    public async Task StartAsync_WithAPlainHttpIssuerThatIsNotThisMachine_ThrowsNamingIssuer(string issuer)
    {
        var error = await StartAndFailAsync(auth => auth.AddCognito(o =>
        {
            o.Issuer = issuer;
            o.ClientIds = ["web-client"];
        }));

        Assert.Contains(
            $"Issuer must use https unless it points at this machine (localhost, 127.0.0.0/8 or [::1]); got {issuer}",
            Assert.Single(error.Failures),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:9229/eu-west-1_AbC123")]
    [InlineData("http://127.0.0.2:9229/eu-west-1_AbC123")]
    [InlineData("http://[::1]:9229/eu-west-1_AbC123")]
    [InlineData("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123")]
    public async Task StartAsync_WithAnHttpsOrLoopbackIssuer_Starts(string issuer)
    {
        await using WebApplication app = Build(auth => auth.AddCognito(o =>
        {
            o.Issuer = issuer;
            o.ClientIds = ["web-client"];
        }));

        await app.StartAsync();

        await app.StopAsync();
    }

    [Fact]
    public async Task StartAsync_WithAnHttpEndpointFromAddCognitoKit_ThrowsNamingTheCognitoKitSetting()
    {
        await using WebApplication app = Build(
            auth => auth.AddCognito(),
            services => services.AddCognitoKit(o =>
            {
                o.UserPoolId = "eu-west-1_AbC123";
                o.ClientId = "webclient";
                o.UserPoolEndpoint = new Uri("http://example.com/");
            }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(
            "CognitoKit:UserPoolEndpoint must use https unless it points at this machine (localhost, 127.0.0.0/8 or [::1]); got http://example.com/",
            error.Message,
            StringComparison.Ordinal);
    }

    private static IConfigurationSection Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("CognitoKit:" + v.Key, v.Value)))
            .Build()
            .GetSection("CognitoKit");

    private static async Task<OptionsValidationException> StartAndFailAsync(
        Action<Microsoft.AspNetCore.Authentication.AuthenticationBuilder> addScheme)
    {
        await using WebApplication app = Build(addScheme);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    private static WebApplication Build(
        Action<Microsoft.AspNetCore.Authentication.AuthenticationBuilder> addScheme, Action<IServiceCollection>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configure?.Invoke(builder.Services);
        addScheme(builder.Services.AddAuthentication(CognitoAuthenticationDefaults.AuthenticationScheme));
        builder.Services.AddAuthorization();
        WebApplication app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/me", () => "me").RequireAuthorization();
        return app;
    }
}
