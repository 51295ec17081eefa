using Amazon.Runtime;
using CognitoKit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Configuration;

/// <summary><see cref="CognitoEmulator.ToConfiguration"/>: an app configured from its <c>CognitoKit</c> section runs against the emulator.</summary>
public sealed class EmulatorConfigurationTests
{
    [Fact]
    public async Task ToConfiguration_BoundByAddCognitoKit_SignsInWithTheSecretAndGetsIdentityCredentialsFromTheEmulator()
    {
        await using CognitoEmulator cognito = await CognitoEmulator.StartAsync();
        EmulatedUserPool pool = await cognito.CreateUserPoolAsync("shop");
        EmulatedUserPoolClient app = await pool.CreateClientAsync("web", generateSecret: true);
        EmulatedIdentityPool identities = await cognito.CreateIdentityPoolAsync(pool, app);
        await identities.SetRolesAsync(authenticatedRoleArn: "arn:aws:iam::123456789012:role/signed-in");
        await pool.AddUserAsync("ann", "Passw0rd!");

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(cognito.ToConfiguration(pool, app, identities)).Build();
        var services = new ServiceCollection();
        services.AddCognitoKit(configuration.GetSection("CognitoKit"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        var signedIn = Assert.IsType<SignedIn>(await kit.SignIn("ann", "Passw0rd!").SendAsync(CancellationToken.None));
        ImmutableCredentials credentials = await kit.Identity.ForSession(signedIn.Session).GetCredentialsAsync();

        Assert.Equal(pool.Id, kit.Options.UserPoolId);
        Assert.True(kit.Options.HasClientSecret);
        Assert.Equal(cognito.Endpoint, kit.Options.UserPoolEndpoint);
        Assert.Equal(cognito.Endpoint, kit.Options.IdentityEndpoint);
        Assert.Equal(cognito.Endpoint, kit.Options.StsEndpoint);
        Assert.Equal(cognito.Region, kit.Options.Region);
        EmulatedCredentials issued = Assert.IsType<EmulatedCredentials>(cognito.FindIssuedCredentials(credentials.AccessKey));
        Assert.Equal("arn:aws:iam::123456789012:role/signed-in", issued.RoleArn);
    }

    [Fact]
    public async Task ToConfiguration_UnderAnotherSection_WithoutSecretOrIdentityPool_WritesOnlyWhatApplies()
    {
        await using CognitoEmulator cognito = await CognitoEmulator.StartAsync();
        EmulatedUserPool pool = await cognito.CreateUserPoolAsync();
        EmulatedUserPoolClient app = await pool.CreateClientAsync();

        IReadOnlyDictionary<string, string?> keys = cognito.ToConfiguration(pool, app, sectionName: "Auth:Cognito");

        Assert.Equal(
            ["Auth:Cognito:ClientId", "Auth:Cognito:IdentityEndpoint", "Auth:Cognito:Region", "Auth:Cognito:StsEndpoint", "Auth:Cognito:UserPoolEndpoint", "Auth:Cognito:UserPoolId"],
            keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(cognito.Endpoint.AbsoluteUri, keys["Auth:Cognito:UserPoolEndpoint"]);
    }

    [Fact]
    public async Task ToConfiguration_WithAPoolOfAnotherEmulator_Throws()
    {
        await using CognitoEmulator first = await CognitoEmulator.StartAsync();
        await using CognitoEmulator second = await CognitoEmulator.StartAsync();
        EmulatedUserPool pool = await first.CreateUserPoolAsync();
        EmulatedUserPoolClient app = await pool.CreateClientAsync();

        var ex = Assert.Throws<ArgumentException>(() => second.ToConfiguration(pool, app));

        Assert.Equal("pool", ex.ParamName);
    }
}
