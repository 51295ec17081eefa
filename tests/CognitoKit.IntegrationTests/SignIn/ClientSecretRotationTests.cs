using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// Rotating the app client secret without downtime: the current and the previous secret, one retry when Cognito
/// refuses the SECRET_HASH, and a new secret taken from a configuration reload without rebuilding the provider.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class ClientSecretRotationTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private TestPool _app = null!;

    private CognitoEmulator Cognito => emulator.Emulator;

    public async Task InitializeAsync()
    {
        _app = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        await _app.CreateUserAsync("ann", "Passw0rd!");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignIn_Succeeds_WhenTheCurrentSecretIsRetired_AndThePreviousSecretIsTheNewOne()
    {
        string oldSecret = _app.ClientSecret!;
        string newSecret = await MoveEmulatorToNewSecretAsync();
        IConfigurationRoot configuration = Configuration(current: oldSecret, previous: newSecret);
        ICognitoKit kit = Kit(configuration);

        SignInStep step = await kit.SignIn("ann", "Passw0rd!").SendAsync(default);

        Assert.IsType<SignedIn>(step);
        Assert.Equal(2, Cognito.Requests.Count("InitiateAuth"));
    }

    [Fact]
    public async Task SignIn_IsRefused_WhenTheSecretIsRetired_AndNoPreviousSecretIsConfigured()
    {
        string oldSecret = _app.ClientSecret!;
        await MoveEmulatorToNewSecretAsync();
        ICognitoKit kit = Kit(Configuration(current: oldSecret, previous: null));

        NotAuthorizedException refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => kit.SignIn("ann", "Passw0rd!").SendAsync(default));

        Assert.Contains("secret hash", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Cognito.Requests.Count("InitiateAuth"));
    }

    [Fact]
    public async Task WrongPassword_WithBothSecretsConfigured_IsRefusedOnce_WithoutASecondAttempt()
    {
        string oldSecret = _app.ClientSecret!;
        string newSecret = await MoveEmulatorToNewSecretAsync();
        ICognitoKit kit = Kit(Configuration(current: oldSecret, previous: newSecret));

        NotAuthorizedException refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => kit.SignIn("ann", "wrong-Passw0rd!").SendAsync(default));

        Assert.DoesNotContain("secret hash", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Cognito.Requests.Count("RespondToAuthChallenge"));
    }

    [Fact]
    public async Task SecretChangedInConfiguration_TakesEffect_WithoutRebuildingTheProvider()
    {
        string oldSecret = _app.ClientSecret!;
        string newSecret = await MoveEmulatorToNewSecretAsync();
        IConfigurationRoot configuration = Configuration(current: oldSecret, previous: null);
        ICognitoKit kit = Kit(configuration);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => kit.SignIn("ann", "Passw0rd!").SendAsync(default));

        configuration["CognitoKit:ClientSecret"] = newSecret;
        configuration.Reload();
        SignInStep step = await kit.SignIn("ann", "Passw0rd!").SendAsync(default);

        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task Emulator_AcceptsBothSecrets_UntilTheOldOneIsRetired()
    {
        string oldSecret = _app.ClientSecret!;
        string newSecret = await _app.Pool.RotateClientSecretAsync(_app.ClientId);
        Assert.NotEqual(oldSecret, newSecret);

        Assert.IsType<SignedIn>(await Kit(Configuration(oldSecret, null)).SignIn("ann", "Passw0rd!").SendAsync(default));
        Assert.IsType<SignedIn>(await Kit(Configuration(newSecret, null)).SignIn("ann", "Passw0rd!").SendAsync(default));

        await _app.Pool.RetireClientSecretAsync(_app.ClientId);

        await Assert.ThrowsAsync<NotAuthorizedException>(() => Kit(Configuration(oldSecret, null)).SignIn("ann", "Passw0rd!").SendAsync(default));
        Assert.IsType<SignedIn>(await Kit(Configuration(newSecret, null)).SignIn("ann", "Passw0rd!").SendAsync(default));
    }

    [Fact]
    public async Task ThePreviousSecret_IsNeverShown()
    {
        string newSecret = await MoveEmulatorToNewSecretAsync();
        IConfigurationRoot configuration = Configuration(current: _app.ClientSecret!, previous: newSecret);
        var services = new ServiceCollection();
        services.AddCognitoKit(configuration.GetSection("CognitoKit"));
        using ServiceProvider provider = services.BuildServiceProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        string options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CognitoKitOptions>>().Value.ToString();

        Assert.True(kit.Options.HasPreviousClientSecret);
        Assert.Contains("PreviousClientSecret = ***", options, StringComparison.Ordinal);
        Assert.DoesNotContain(newSecret, options, StringComparison.Ordinal);
        Assert.DoesNotContain(newSecret, kit.Options.ToString(), StringComparison.Ordinal);
        Assert.Contains("HasPreviousClientSecret = True", kit.Options.ToString(), StringComparison.Ordinal);
    }

    private static ICognitoKit Kit(IConfiguration configuration) => SecretRotationConfiguration.Kit(configuration);

    private async Task<string> MoveEmulatorToNewSecretAsync()
    {
        string newSecret = await _app.Pool.RotateClientSecretAsync(_app.ClientId);
        await _app.Pool.RetireClientSecretAsync(_app.ClientId);
        Cognito.Requests.Clear();
        return newSecret;
    }

    private IConfigurationRoot Configuration(string current, string? previous) => SecretRotationConfiguration.Build(_app, current, previous);
}
