using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

[Collection(EmulatorCollection.Name)]
public sealed class SignInDeviceEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RememberedDevice_IsConfirmedThenUsedByDeviceSrpAtNextSignIn(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, DeviceTracking = true });
        await pool.CreateUserAsync("alice", Password);

        var first = Assert.IsType<SignedIn>(await pool.Kit.SignIn("alice", Password).WithDeviceName("Test laptop").SendAsync(default));
        int deviceVerifiers = pool.Emulator.Requests.All.Count(r => r.Body.Contains("DEVICE_PASSWORD_VERIFIER", StringComparison.Ordinal));
        var second = Assert.IsType<SignedIn>(await pool.Kit.SignIn("alice", Password).SendAsync(default));

        Assert.NotNull(first.NewDevice);
        Assert.True(first.NewDevice.IsRemembered);
        Assert.Equal(first.NewDevice.DeviceKey, first.Session.DeviceKey);
        Assert.Null(second.NewDevice);
        Assert.Equal(first.NewDevice.DeviceKey, second.Session.DeviceKey);
        Assert.True(pool.Emulator.Requests.All.Count(r => r.Body.Contains("DEVICE_PASSWORD_VERIFIER", StringComparison.Ordinal)) > deviceVerifiers);
    }

    [Fact]
    public async Task RememberedDevice_WithEmailAlias_IsFoundByTheEmailAtNextSignIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, DeviceTracking = true, UsernameAttributes = ["email"] });
        await pool.CreateUserAsync("erin@example.com", Password, new Dictionary<string, string> { ["email"] = "erin@example.com" });

        var first = Assert.IsType<SignedIn>(await pool.Kit.SignIn("erin@example.com", Password).SendAsync(default));
        var second = Assert.IsType<SignedIn>(await pool.Kit.SignIn("erin@example.com", Password).SendAsync(default));

        Assert.Equal(first.NewDevice!.DeviceKey, second.Session.DeviceKey);
        Assert.Null(second.NewDevice);
    }

    [Fact]
    public async Task DeviceOnlyRememberedOnUserPrompt_RememberAsyncRemembersIt()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { DeviceTracking = true, DeviceOnlyRememberedOnUserPrompt = true });
        await pool.CreateUserAsync("bob", Password);

        var signedIn = Assert.IsType<SignedIn>(await pool.Kit.SignIn("bob", Password).SendAsync(default));
        Assert.False(signedIn.NewDevice!.IsRemembered);
        await signedIn.NewDevice.RememberAsync(default);

        Assert.True(signedIn.NewDevice.IsRemembered);
        Assert.Contains(pool.Emulator.Requests.All, r => r.Operation == "UpdateDeviceStatus" && r.Body.Contains("\"remembered\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RememberedDevice_SkipsMfaAtNextSignIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { DeviceTracking = true, MfaConfiguration = "ON", SmsMfa = true, SoftwareTokenMfa = false });
        await pool.CreateUserAsync("carol", Password, new Dictionary<string, string> { ["phone_number"] = "+15555550103" });

        var sms = Assert.IsType<SmsCodeRequired>(await pool.Kit.SignIn("carol", Password).SendAsync(default));
        var first = Assert.IsType<SignedIn>(await sms.AnswerAsync(pool.Emulator.Inbox.LatestCode("carol"), default));
        SignInStep second = await pool.Kit.SignIn("carol", Password).SendAsync(default);

        Assert.True(first.NewDevice!.IsRemembered);
        Assert.IsType<SignedIn>(second);
    }
}
