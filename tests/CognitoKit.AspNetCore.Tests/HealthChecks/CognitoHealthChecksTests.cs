using System.Net;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.HealthChecks;

/// <summary>CognitoKit's health checks, read through an ASP.NET Core health endpoint against the emulator.</summary>
public sealed class CognitoHealthChecksTests : IAsyncLifetime
{
    private CognitoEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await CognitoEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Health_WithUserPoolAndIdentityPool_IsHealthy_WithKeysEndpointsAndNoSecret()
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync();
        EmulatedUserPoolClient client = await pool.CreateClientAsync(generateSecret: true);
        EmulatedIdentityPool identities = await _emulator.CreateIdentityPoolAsync(pool, client);
        await using HealthEndpoint app = await HealthEndpoint.StartAsync((services, _) => services
            .AddCognitoKit(o =>
            {
                HealthEndpoint.Configure(o, _emulator, pool, client);
                o.IdentityPoolId = identities.Id;
            })
            .AddHealthChecks());

        var (status, body, entries) = await app.GetAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["cognitokit-identitypool", "cognitokit-jwks", "cognitokit-userpool"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.All(entries.Values, e => Assert.Equal("Healthy", e.Status));
        Assert.All(entries.Values, e => Assert.Equal(["cognitokit"], e.Tags));
        HealthEndpoint.Entry jwks = entries["cognitokit-jwks"];
        Assert.True(int.Parse(jwks.Data["keys"]) > 0);
        Assert.Equal("0", jwks.Data["keys_age_seconds"]);
        Assert.Equal(pool.JwksUri.AbsoluteUri, jwks.Data["jwks_uri"]);
        Assert.Equal("NotAuthorizedException", entries["cognitokit-userpool"].Data["answer"]);
        Assert.Equal(_emulator.Endpoint.AbsoluteUri, entries["cognitokit-userpool"].Data["endpoint"]);
        Assert.Equal("NotAuthorizedException", entries["cognitokit-identitypool"].Data["answer"]);
        Assert.Equal(identities.Id, entries["cognitokit-identitypool"].Data["identity_pool_id"]);
        Assert.DoesNotContain(client.ClientSecret!, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwks_WhenTheRefetchFailsAfterTheKeysAged_IsDegradedWithTheKeysAge_AndHealthyOnceItWorksAgain()
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync();
        EmulatedUserPoolClient client = await pool.CreateClientAsync();
        await using HealthEndpoint app = await HealthEndpoint.StartAsync((services, outage) => services
            .AddCognitoKit(o => HealthEndpoint.Configure(o, _emulator, pool, client))
            .AddTokenValidation(o => o.JwksMaxAge = TimeSpan.FromMinutes(1))
            .ConfigureHttpClient(http => http.AddHttpMessageHandler(outage.Handler))
            .AddHealthChecks());
        Assert.Equal("Healthy", (await app.GetAsync()).Entries["cognitokit-jwks"].Status);

        app.Outage.Down = true;
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var (status, _, entries) = await app.GetAsync();

        Assert.Equal(HttpStatusCode.OK, status); // Degraded still answers 200: the cached keys serve.
        HealthEndpoint.Entry jwks = entries["cognitokit-jwks"];
        Assert.Equal("Degraded", jwks.Status);
        Assert.Equal("180", jwks.Data["keys_age_seconds"]);
        Assert.Equal("HTTP 503", jwks.Data["last_problem"]);
        Assert.Contains("still serve", jwks.Description, StringComparison.Ordinal);

        app.Outage.Down = false;
        app.Clock.Advance(TimeSpan.FromSeconds(11)); // past the refetch interval
        HealthEndpoint.Entry recovered = (await app.GetAsync()).Entries["cognitokit-jwks"];
        Assert.Equal("Healthy", recovered.Status);
        Assert.Equal("0", recovered.Data["keys_age_seconds"]);
    }

    [Fact]
    public async Task Jwks_WhenNoKeysCanBeLoaded_IsUnhealthy_AndTheEndpointAnswers503()
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync();
        EmulatedUserPoolClient client = await pool.CreateClientAsync();
        await using HealthEndpoint app = await HealthEndpoint.StartAsync((services, outage) =>
        {
            outage.Down = true;
            services.AddCognitoKit(o => HealthEndpoint.Configure(o, _emulator, pool, client))
                .ConfigureHttpClient(http => http.AddHttpMessageHandler(outage.Handler))
                .AddHealthChecks();
        });

        var (status, _, entries) = await app.GetAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        HealthEndpoint.Entry jwks = entries["cognitokit-jwks"];
        Assert.Equal("Unhealthy", jwks.Status);
        Assert.Equal("0", jwks.Data["keys"]);
        Assert.Equal("HTTP 503", jwks.Data["last_problem"]);
        Assert.Equal("Healthy", entries["cognitokit-userpool"].Status);
        Assert.False(entries.ContainsKey("cognitokit-identitypool")); // no identity pool configured, no check
    }

    [Fact]
    public async Task UserPool_WhenCognitoAnswersWithAServerError_IsUnhealthy()
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync();
        EmulatedUserPoolClient client = await pool.CreateClientAsync();
        await using HealthEndpoint app = await HealthEndpoint.StartAsync((services, _) => services
            .AddCognitoKit(o => HealthEndpoint.Configure(o, _emulator, pool, client))
            .AddHealthChecks());
        _emulator.Faults.FailNext("GetUser", count: 1, errorCode: "InternalErrorException", statusCode: 500);

        var (status, _, entries) = await app.GetAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        HealthEndpoint.Entry endpoint = entries["cognitokit-userpool"];
        Assert.Equal("Unhealthy", endpoint.Status);
        Assert.Equal("InternalErrorException", endpoint.Data["answer"]);
        Assert.Equal("500", endpoint.Data["status"]);
    }

    [Fact]
    public async Task IdentityPool_WhenTheConfiguredPoolDoesNotExist_IsUnhealthy_NamingIt()
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync();
        EmulatedUserPoolClient client = await pool.CreateClientAsync();
        const string Missing = "us-east-1:00000000-0000-4000-8000-000000000000";
        await using HealthEndpoint app = await HealthEndpoint.StartAsync((services, _) => services
            .AddCognitoKit(o =>
            {
                HealthEndpoint.Configure(o, _emulator, pool, client);
                o.IdentityPoolId = Missing;
            })
            .AddHealthChecks());

        HealthEndpoint.Entry identity = (await app.GetAsync()).Entries["cognitokit-identitypool"];

        Assert.Equal("Unhealthy", identity.Status);
        Assert.Equal("ResourceNotFoundException", identity.Data["answer"]);
        Assert.Contains(Missing, identity.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedInstance_ChecksCarryTheInstanceNameAndTheGivenTags()
    {
        EmulatedUserPool customers = await _emulator.CreateUserPoolAsync("customers");
        EmulatedUserPoolClient customersClient = await customers.CreateClientAsync();
        EmulatedUserPool staff = await _emulator.CreateUserPoolAsync("staff");
        EmulatedUserPoolClient staffClient = await staff.CreateClientAsync();
        await using HealthEndpoint app = await HealthEndpoint.StartAsync((services, _) =>
        {
            services.AddCognitoKit(o => HealthEndpoint.Configure(o, _emulator, customers, customersClient)).AddHealthChecks();
            services.AddCognitoKit("staff", o => HealthEndpoint.Configure(o, _emulator, staff, staffClient)).AddHealthChecks(["ready", "staff"]);
        });

        var (_, _, all) = await app.GetAsync();
        var (_, _, ready) = await app.GetAsync("/ready");

        Assert.Equal(["cognitokit-jwks", "cognitokit-jwks[staff]", "cognitokit-userpool", "cognitokit-userpool[staff]"], all.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["cognitokit-jwks[staff]", "cognitokit-userpool[staff]"], ready.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(staff.JwksUri.AbsoluteUri, ready["cognitokit-jwks[staff]"].Data["jwks_uri"]);
        Assert.Equal(["ready", "staff"], ready["cognitokit-jwks[staff]"].Tags);
    }
}
