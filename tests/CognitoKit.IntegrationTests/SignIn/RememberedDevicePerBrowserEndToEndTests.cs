using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

[Collection(EmulatorCollection.Name)]
public sealed class RememberedDevicePerBrowserEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("alice", "ALICE")]
    [InlineData("alice@example.com", "Alice@Example.COM")]
    [InlineData("alice@example.com", "aLiCe")]
    public async Task BrowserB_WithoutADevice_IsAskedForTotp_AfterBrowserARememberedItsDevice(string typedByA, string typedByB)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings
        {
            DeviceTracking = true, ChallengeRequiredOnNewDevice = true, MfaConfiguration = "ON", SoftwareTokenMfa = true, AliasAttributes = ["email"],
        });
        await pool.CreateUserAsync("alice", Password, new Dictionary<string, string> { ["email"] = "alice@example.com" });

        var setup = Assert.IsType<TotpSetupRequired>(await pool.Kit.SignIn(typedByA, Password).SendAsync(default));
        var browserA = Assert.IsType<SignedIn>(await setup.VerifyAsync(pool.Emulator.TotpCode(setup.SecretCode), "Phone", default));
        Assert.NotNull(browserA.NewDevice);

        SignInStep browserB = await pool.Kit.SignIn(typedByB, Password).SendAsync(default);

        Assert.IsType<TotpCodeRequired>(browserB);
    }
}
