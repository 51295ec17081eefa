using System.Text.Json.Nodes;
using Amazon.Runtime;
using CognitoKit.Testing;
using CognitoKit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CognitoKit.IntegrationTests.Operations;

/// <summary><c>VerifyConfigurationAtStartup()</c>: the host refuses to start when the app client does not fit the configuration.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class StartupConfigurationCheckTests(EmulatorFixture emulator)
{
    private static readonly BasicAWSCredentials Admin = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    [Fact]
    public async Task Start_WithAnAppClientThatFits_Starts()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, ExplicitAuthFlows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
        using IHost host = Host(pool, flows: CognitoAuthFlows.UserSrp | CognitoAuthFlows.RefreshToken);

        await host.StartAsync();

        await host.StopAsync();
    }

    [Fact]
    public async Task Start_WhenTheClientDoesNotAllowSrp_FailsNamingTheFlowToEnable()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
        using IHost host = Host(pool);

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        string problem = Assert.Single(error.Problems);
        Assert.Contains("Authentication flows: enable ALLOW_USER_SRP_AUTH", problem, StringComparison.Ordinal);
        Assert.Equal(pool.ClientId, error.ClientId);
        Assert.Contains(pool.ClientId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenTheClientDoesNotAllowRefresh_FailsNamingAllowRefreshTokenAuth()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ExplicitAuthFlows = ["ALLOW_USER_SRP_AUTH"] });
        using IHost host = Host(pool);

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        Assert.Contains("Authentication flows: enable ALLOW_REFRESH_TOKEN_AUTH", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenTheAppUsesPasswordCustomAndChoiceFlowsTheClientLacks_NamesEachOne()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ExplicitAuthFlows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
        using IHost host = Host(pool, flows: CognitoAuthFlows.UserPassword | CognitoAuthFlows.CustomAuth | CognitoAuthFlows.UserAuth | CognitoAuthFlows.RefreshToken);

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("enable ALLOW_USER_PASSWORD_AUTH", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("enable ALLOW_CUSTOM_AUTH", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("enable ALLOW_USER_AUTH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WhenTheClientHasASecretButNoneIsConfigured_FailsNamingClientSecret_WithoutShowingIt()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        using IHost host = Host(pool, configure: o => o.ClientSecret = null);

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        Assert.Contains("has a client secret but CognitoKit:ClientSecret is not set", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.DoesNotContain(pool.ClientSecret!, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenASecretIsConfiguredButTheClientHasNone_FailsNamingClientSecret()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        const string Configured = "not-the-clients-secret-0123456789abcdef";
        using IHost host = Host(pool, configure: o => o.ClientSecret = Configured);

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        Assert.Contains("has no client secret but CognitoKit:ClientSecret is set", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.DoesNotContain(Configured, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenTokensLiveNoLongerThanTheRefreshMargin_FailsNamingTheTokenExpiration()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        EmulatedUserPoolClient shortLived = await pool.Pool.CreateClientAsync(configure: body =>
        {
            body["AccessTokenValidity"] = 10;
            body["IdTokenValidity"] = 10;
            body["TokenValidityUnits"] = new JsonObject { ["AccessToken"] = "minutes", ["IdToken"] = "minutes" };
        });
        using IHost host = Host(pool, configure: o =>
        {
            o.ClientId = shortLived.ClientId;
            o.RefreshMargin = TimeSpan.FromMinutes(20);
        });

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("Token expiration: 'Access token expiration' is 10 minutes, not longer than CognitoKit:RefreshMargin (20 minutes)", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'ID token expiration' is 10 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WhenRefreshTokenRotationDiffers_FailsNamingRotation()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { RefreshTokenRotation = true });
        using IHost host = Host(pool);

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        Assert.Contains("Refresh token rotation is enabled but CognitoKit:RefreshTokenRotation is false", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OfANamedInstance_NamesItsSettings()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddCognitoKit("staff", o =>
            {
                pool.Configure(o);
                o.ClientSecret = null;
            })
            .AddAdminCredentials(Admin)
            .VerifyConfigurationAtStartup();
        using IHost host = builder.Build();

        var error = await Assert.ThrowsAsync<CognitoConfigurationException>(() => host.StartAsync());

        Assert.Contains("CognitoKit[staff]:ClientSecret is not set", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutTheCheck_StartsWhateverTheClient()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"] });
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddCognitoKit(pool.Configure).AddAdminCredentials(Admin);
        using IHost host = builder.Build();

        await host.StartAsync();

        await host.StopAsync();
    }

    private static IHost Host(TestPool pool, CognitoAuthFlows flows = CognitoAuthFlows.UserSrp | CognitoAuthFlows.RefreshToken, Action<CognitoKitOptions>? configure = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddCognitoKit(o =>
            {
                pool.Configure(o);
                configure?.Invoke(o);
            })
            .AddAdminCredentials(Admin)
            .VerifyConfigurationAtStartup(flows);
        return builder.Build();
    }
}
