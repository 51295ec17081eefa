using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

[Collection(EmulatorCollection.Name)]
public sealed class SignInDeviceEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TrackedDevice_IsConfirmedThenUsedByDeviceSrpWhenPresentedAtNextSignIn(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, DeviceTracking = true });
        await pool.CreateUserAsync("alice", Password);

        var first = Assert.IsType<SignedIn>(await pool.Kit.SignIn("alice", Password).TrackNewDevice("Test laptop").SendAsync(default));
        int deviceVerifiers = pool.Emulator.Requests.All.Count(r => r.Body.Contains("DEVICE_PASSWORD_VERIFIER", StringComparison.Ordinal));
        var second = Assert.IsType<SignedIn>(await pool.Kit.SignIn("alice", Password).WithDevice(first.NewDevice!.Secrets).SendAsync(default));

        Assert.True(first.NewDevice.IsRemembered);
        Assert.Equal(first.NewDevice.DeviceKey, first.Session.DeviceKey);
        Assert.Null(second.NewDevice);
        Assert.Equal(first.NewDevice.DeviceKey, second.Session.DeviceKey);
        Assert.True(pool.Emulator.Requests.All.Count(r => r.Body.Contains("DEVICE_PASSWORD_VERIFIER", StringComparison.Ordinal)) > deviceVerifiers);
    }

    [Fact]
    public async Task TrackedDevice_WithEmailUsername_IsUsedWhenPresentedWithTheEmail()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, DeviceTracking = true, UsernameAttributes = ["email"] });
        await pool.CreateUserAsync("erin@example.com", Password, new Dictionary<string, string> { ["email"] = "erin@example.com" });

        var first = Assert.IsType<SignedIn>(await pool.Kit.SignIn("erin@example.com", Password).TrackNewDevice().SendAsync(default));
        var second = Assert.IsType<SignedIn>(await pool.Kit.SignIn("erin@example.com", Password).WithDevice(first.NewDevice!.Secrets).SendAsync(default));

        Assert.Equal(first.NewDevice.DeviceKey, second.Session.DeviceKey);
        Assert.Null(second.NewDevice);
    }

    [Fact]
    public async Task DeviceOnlyRememberedOnUserPrompt_RememberAsyncRemembersIt()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { DeviceTracking = true, DeviceOnlyRememberedOnUserPrompt = true });
        await pool.CreateUserAsync("bob", Password);

        var signedIn = Assert.IsType<SignedIn>(await pool.Kit.SignIn("bob", Password).TrackNewDevice().SendAsync(default));
        Assert.False(signedIn.NewDevice!.IsRemembered);
        await signedIn.NewDevice.RememberAsync(default);

        Assert.True(signedIn.NewDevice.IsRemembered);
        Assert.Contains(pool.Emulator.Requests.All, r => r.Operation == "UpdateDeviceStatus" && r.Body.Contains("\"remembered\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeviceOnlyRememberedOnUserPrompt_ADeviceNotYetRemembered_DoesNotSkipMfa()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings
        {
            DeviceTracking = true, ChallengeRequiredOnNewDevice = true, DeviceOnlyRememberedOnUserPrompt = true, MfaConfiguration = "ON", SmsMfa = true, SoftwareTokenMfa = false,
        });
        await pool.CreateUserAsync("dora", Password, new Dictionary<string, string> { ["phone_number"] = "+15555550104" });

        var sms = Assert.IsType<SmsCodeRequired>(await pool.Kit.SignIn("dora", Password).TrackNewDevice().SendAsync(default));
        var first = Assert.IsType<SignedIn>(await sms.AnswerAsync(pool.Emulator.Inbox.LatestCode("dora"), default));
        SignInStep beforeRemembered = await pool.Kit.SignIn("dora", Password).WithDevice(first.NewDevice!.Secrets).SendAsync(default);
        await first.NewDevice.RememberAsync(default);
        SignInStep afterRemembered = await pool.Kit.SignIn("dora", Password).WithDevice(first.NewDevice.Secrets).SendAsync(default);

        Assert.IsType<SmsCodeRequired>(beforeRemembered);
        Assert.IsType<SignedIn>(afterRemembered);
    }

    [Fact]
    public async Task RememberedDevice_SkipsMfaAtNextSignIn_OnlyWhenPresented()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings
        {
            DeviceTracking = true, ChallengeRequiredOnNewDevice = true, MfaConfiguration = "ON", SmsMfa = true, SoftwareTokenMfa = false,
        });
        await pool.CreateUserAsync("carol", Password, new Dictionary<string, string> { ["phone_number"] = "+15555550103" });

        var sms = Assert.IsType<SmsCodeRequired>(await pool.Kit.SignIn("carol", Password).TrackNewDevice().SendAsync(default));
        var first = Assert.IsType<SignedIn>(await sms.AnswerAsync(pool.Emulator.Inbox.LatestCode("carol"), default));
        SignInStep withDevice = await pool.Kit.SignIn("carol", Password).WithDevice(first.NewDevice!.Secrets).SendAsync(default);
        SignInStep withoutDevice = await pool.Kit.SignIn("carol", Password).SendAsync(default);

        Assert.True(first.NewDevice.IsRemembered);
        Assert.IsType<SignedIn>(withDevice);
        Assert.IsType<SmsCodeRequired>(withoutDevice);
    }
}
