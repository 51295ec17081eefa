using CognitoKit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>The README's "Test your own app with the emulator" example, as written there (class name aside).</summary>
public sealed class ReadmeSignInTests : IAsyncLifetime
{
    private CognitoEmulator _cognito = null!;
    private ICognitoKit _kit = null!;

    public async Task InitializeAsync()
    {
        _cognito = await CognitoEmulator.StartAsync();
        EmulatedUserPool pool = await _cognito.CreateUserPoolAsync("shop");
        EmulatedUserPoolClient app = await pool.CreateClientAsync("web", generateSecret: true);
        await pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });

        // The app reads its "CognitoKit" section as in production; only the values point at the emulator.
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(_cognito.ToConfiguration(pool, app))
            .Build();
        var services = new ServiceCollection();
        services.AddCognitoKit(configuration.GetSection("CognitoKit"));
        _kit = services.BuildServiceProvider().GetRequiredService<ICognitoKit>();
    }

    public async Task DisposeAsync() => await _cognito.DisposeAsync();

    [Fact]
    public async Task Ann_SignsIn()
    {
        SignInStep step = await _kit.SignIn("ann", "Passw0rd!").SendAsync(default);
        Assert.IsType<SignedIn>(step);
    }
}
