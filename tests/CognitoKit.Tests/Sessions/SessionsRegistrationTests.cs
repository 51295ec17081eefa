using CognitoKit.Sessions;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tests.Sessions;

public sealed class SessionsRegistrationTests
{
    [Fact]
    public void AddCognitoKit_RegistersSessionsStoreFactoryRefresherAndValidator()
    {
        using ServiceProvider provider = Build(o => { });

        Assert.NotNull(provider.GetRequiredService<CognitoSessionFactory>());
        Assert.IsType<CognitoSessionRefresher>(provider.GetRequiredService<ISessionRefresher>());
        Assert.IsType<CognitoKit.Sessions.InMemoryCognitoSessionStore>(provider.GetRequiredService<ICognitoSessionStore>());
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        Assert.Same(provider.GetRequiredService<ICognitoTokenValidator>(), kit.Tokens);
        Assert.Same(provider.GetRequiredService<ICognitoSessions>(), kit.Sessions);
    }

    [Fact]
    public void AddCognitoKit_CalledTwice_RegistersEachSessionServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(Configure);
        services.AddCognitoKit(Configure);

        Assert.Single(services, d => d.ServiceType == typeof(CognitoSessionFactory));
        Assert.Single(services, d => d.ServiceType == typeof(ISessionRefresher));
        Assert.Single(services, d => d.ServiceType == typeof(ICognitoSessionStore));
        Assert.Single(services, d => d.ServiceType == typeof(ICognitoSessions));
        Assert.Single(services, d => d.ServiceType == typeof(ICognitoTokenValidator));
        Assert.Single(services, d => d.ServiceType == typeof(IConfigureOptions<CognitoTokenValidationOptions>));
    }

    [Fact]
    public void Validator_ByDefault_ExpectsCognitosOwnIssuerAndTheAppClient()
    {
        using ServiceProvider provider = Build(o => o.ClockSkew = TimeSpan.FromSeconds(30));

        var validator = provider.GetRequiredService<CognitoTokenValidator>();
        CognitoTokenValidationOptions options = provider.GetRequiredService<IOptions<CognitoTokenValidationOptions>>().Value;

        Assert.Equal("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Registr1", validator.Issuer);
        Assert.Equal(new Uri("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Registr1/.well-known/jwks.json"), validator.JwksUri);
        Assert.Equal(["registrationclient"], options.AllowedClientIds);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ClockSkew);
    }

    [Fact]
    public void Validator_WithAnEndpointOverride_ExpectsTheEndpointAsIssuerBase()
    {
        using ServiceProvider provider = Build(o => o.UserPoolEndpoint = new Uri("http://127.0.0.1:9229/"));

        Assert.Equal("http://127.0.0.1:9229/eu-west-1_Registr1", provider.GetRequiredService<CognitoTokenValidator>().Issuer);
    }

    [Fact]
    public void Validator_WithAnExplicitIssuer_ExpectsThatIssuer()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.UserPoolEndpoint = new Uri("http://127.0.0.1:9229/");
            o.Issuer = new Uri("https://issuer.example.com/eu-west-1_Registr1");
        });

        Assert.Equal("https://issuer.example.com/eu-west-1_Registr1", provider.GetRequiredService<CognitoTokenValidator>().Issuer);
    }

    [Fact]
    public void AddCognitoTokenValidation_WithAddCognitoKit_AddsAllowedClientsAndKeepsItsOwnSkew()
    {
        var services = new ServiceCollection();
        services.AddCognitoTokenValidation(o =>
        {
            o.AllowedClientIds.Add("otherclient");
            o.ClockSkew = TimeSpan.FromSeconds(5);
        });
        services.AddCognitoKit(Configure);
        using ServiceProvider provider = services.BuildServiceProvider();

        CognitoTokenValidationOptions options = provider.GetRequiredService<IOptions<CognitoTokenValidationOptions>>().Value;

        Assert.Equal(["otherclient", "registrationclient"], options.AllowedClientIds);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ClockSkew);
        Assert.Single(services, d => d.ServiceType == typeof(ICognitoTokenValidator));
    }

    [Fact]
    public void AddCognitoTokenValidation_Alone_GivesAValidatorForThatPool()
    {
        var services = new ServiceCollection();
        services.AddCognitoTokenValidation(o =>
        {
            o.UserPoolId = "us-east-2_Api1";
            o.AllowedClientIds.Add("apiclient");
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        var validator = Assert.IsType<CognitoTokenValidator>(provider.GetRequiredService<ICognitoTokenValidator>());

        Assert.Equal("https://cognito-idp.us-east-2.amazonaws.com/us-east-2_Api1", validator.Issuer);
        Assert.Null(provider.GetService<ICognitoKit>());
    }

    [Fact]
    public void AddCognitoTokenValidation_WithoutAClient_FailsNamingTheSetting()
    {
        var services = new ServiceCollection();
        services.AddCognitoTokenValidation(o => o.UserPoolId = "us-east-2_Api1");
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ICognitoTokenValidator>());

        Assert.Equal("AllowedClientIds", error.ParamName);
    }

    [Fact]
    public void AddSessionStore_ReplacesTheInMemoryStore()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(Configure).AddSessionStore<RecordingStore>();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.IsType<RecordingStore>(provider.GetRequiredService<ICognitoSessionStore>());
        Assert.Single(services, d => d.ServiceType == typeof(ICognitoSessionStore));
    }

    [Fact]
    public void AddSessionStore_FromAFactory_IsTheStoreBehindSessions()
    {
        var services = new ServiceCollection();
        var store = new RecordingStore();
        services.AddCognitoKit(Configure).AddSessionStore(_ => store);
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Same(store, provider.GetRequiredService<ICognitoSessionStore>());
        Assert.Single(services, d => d.ServiceType == typeof(ICognitoSessionStore));
    }

    private static void Configure(CognitoKitOptions o)
    {
        o.UserPoolId = "eu-west-1_Registr1";
        o.ClientId = "registrationclient";
    }

    private static ServiceProvider Build(Action<CognitoKitOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            Configure(o);
            configure(o);
        });
        return services.BuildServiceProvider();
    }

    private sealed class RecordingStore : ICognitoSessionStore
    {
        public ValueTask<CognitoSessionSnapshot?> GetAsync(string key, CancellationToken cancellationToken = default) => ValueTask.FromResult<CognitoSessionSnapshot?>(null);

        public ValueTask SetAsync(string key, CognitoSessionSnapshot snapshot, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
