using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// One <see cref="ICognitoKit"/> serves many browsers, as on a web server: a device remembered by one browser is used
/// only by the browser that presents its secrets, never by another browser or another user.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class RememberedDevicePerBrowserEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    private static TestPoolSettings SkipsMfaOnRememberedDevices => new()
    {
        DeviceTracking = true, ChallengeRequiredOnNewDevice = true, MfaConfiguration = "ON", SoftwareTokenMfa = true, AliasAttributes = ["email"],
    };

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("alice", "ALICE")]
    [InlineData("alice@example.com", "Alice@Example.COM")]
    [InlineData("alice@example.com", "aLiCe")]
    public async Task BrowserB_WithoutADevice_IsAskedForTotp_AfterBrowserARememberedItsDevice(string typedByA, string typedByB)
    {
        TestPool pool = await emulator.CreatePoolAsync(SkipsMfaOnRememberedDevices);
        string username = "alice";
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string> { ["email"] = "alice@example.com" });
        DeviceSecrets browserA = await SetUpTotpAndRememberDeviceAsync(pool, typedByA);

        SignInStep browserB = await pool.Kit.SignIn(typedByB, Password).SendAsync(default);
        SignInStep browserAAgain = await pool.Kit.SignIn(typedByB, Password).WithDevice(browserA).SendAsync(default);

        Assert.IsType<TotpCodeRequired>(browserB);
        var signedIn = Assert.IsType<SignedIn>(browserAAgain);
        Assert.Equal(username, signedIn.Session.Username);
        Assert.Equal(browserA.DeviceKey, signedIn.Session.DeviceKey);
        Assert.Null(signedIn.NewDevice);
        Assert.False(signedIn.DeviceRefused);
    }

    [Fact]
    public async Task TwoUsersSigningInAtOnce_NeverGetEachOthersDevice()
    {
        TestPool pool = await emulator.CreatePoolAsync(SkipsMfaOnRememberedDevices);
        await pool.CreateUserAsync("xavier", Password, new Dictionary<string, string> { ["email"] = "xavier@example.com" });
        await pool.CreateUserAsync("yvonne", Password, new Dictionary<string, string> { ["email"] = "yvonne@example.com" });
        DeviceSecrets xDevice = await SetUpTotpAndRememberDeviceAsync(pool, "xavier");
        DeviceSecrets yDevice = await SetUpTotpAndRememberDeviceAsync(pool, "yvonne");

        for (int round = 0; round < 4; round++)
        {
            SignInStep[] steps = await Task.WhenAll(
                pool.Kit.SignIn("xavier", Password).WithDevice(xDevice).SendAsync(default),
                pool.Kit.SignIn("yvonne@example.com", Password).WithDevice(yDevice).SendAsync(default),
                pool.Kit.SignIn("yvonne", Password).WithDevice(xDevice).SendAsync(default),
                pool.Kit.SignIn("XAVIER@example.com", Password).WithDevice(yDevice).SendAsync(default),
                pool.Kit.SignIn("xavier", Password).SendAsync(default),
                pool.Kit.SignIn("Yvonne", Password).SendAsync(default));

            Assert.Equal(("xavier", xDevice.DeviceKey), SessionOf(steps[0]));
            Assert.Equal(("yvonne", yDevice.DeviceKey), SessionOf(steps[1]));
            Assert.All(steps[2..], step => Assert.IsType<TotpCodeRequired>(step));
        }
    }

    [Fact]
    public async Task AForgottenDevice_IsRefused_TheSignInAsksForTotpAndSaysToDropIt()
    {
        TestPool pool = await emulator.CreatePoolAsync(SkipsMfaOnRememberedDevices);
        await pool.CreateUserAsync("alice", Password, new Dictionary<string, string> { ["email"] = "alice@example.com" });
        (DeviceSecrets device, string secretCode, CognitoSession session) = await SetUpTotpAndRememberDeviceWithSessionAsync(pool, "alice");
        await pool.Kit.Account(session).Devices.ForgetAsync(device.DeviceKey);

        var totp = Assert.IsType<TotpCodeRequired>(await pool.Kit.SignIn("alice", Password).WithDevice(device).TrackNewDevice().SendAsync(default));
        var signedIn = Assert.IsType<SignedIn>(await totp.AnswerAsync(pool.Emulator.TotpCode(secretCode, stepOffset: 1), default));

        Assert.True(signedIn.DeviceRefused);
        Assert.NotNull(signedIn.NewDevice);
        Assert.NotEqual(device.DeviceKey, signedIn.NewDevice.DeviceKey);
    }

    [Fact]
    public async Task WithoutTrackNewDevice_TheDeviceIsConfirmedButNeitherHandedOutNorRemembered_AndTheNextSignInAsksForTotp()
    {
        TestPool pool = await emulator.CreatePoolAsync(SkipsMfaOnRememberedDevices);
        await pool.CreateUserAsync("alice", Password, new Dictionary<string, string> { ["email"] = "alice@example.com" });

        var setup = Assert.IsType<TotpSetupRequired>(await pool.Kit.SignIn("alice", Password).SendAsync(default));
        var first = Assert.IsType<SignedIn>(await setup.VerifyAsync(pool.Emulator.TotpCode(setup.SecretCode), "Phone", default));
        SignInStep second = await pool.Kit.SignIn("alice", Password).SendAsync(default);

        Assert.Null(first.NewDevice);
        Assert.NotNull(first.Session.DeviceKey);
        Assert.Contains(pool.Emulator.Requests.All, r => r.Operation == "ConfirmDevice" && r.Body.Contains(first.Session.DeviceKey, StringComparison.Ordinal));
        Assert.DoesNotContain(pool.Emulator.Requests.All, r => r.Operation == "UpdateDeviceStatus" && r.Body.Contains(first.Session.DeviceKey, StringComparison.Ordinal));
        Assert.IsType<TotpCodeRequired>(second);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WithoutTrackNewDevice_OnAPoolThatTracksDevices_TheSessionRefreshes(bool deviceOnlyRememberedOnUserPrompt)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { DeviceTracking = true, DeviceOnlyRememberedOnUserPrompt = deviceOnlyRememberedOnUserPrompt });
        await pool.CreateUserAsync("alice", Password);
        var signedIn = Assert.IsType<SignedIn>(await pool.Kit.SignIn("alice", Password).SendAsync(default));
        CognitoTokens before = signedIn.Session.Tokens;

        CognitoTokens after = await signedIn.Session.RefreshAsync();

        Assert.Null(signedIn.NewDevice);
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.Equal(before.RefreshToken, after.RefreshToken);
    }

    [Fact]
    public async Task BrowserB_WithoutADevice_IsAskedForTotp_AfterBrowserASignedInBothWithoutAndWithTrackNewDevice()
    {
        TestPool pool = await emulator.CreatePoolAsync(SkipsMfaOnRememberedDevices);
        await pool.CreateUserAsync("alice", Password, new Dictionary<string, string> { ["email"] = "alice@example.com" });
        var setup = Assert.IsType<TotpSetupRequired>(await pool.Kit.SignIn("alice", Password).SendAsync(default));
        var untracked = Assert.IsType<SignedIn>(await setup.VerifyAsync(pool.Emulator.TotpCode(setup.SecretCode), "Phone", default));
        await untracked.Session.RefreshAsync();

        var totp = Assert.IsType<TotpCodeRequired>(await pool.Kit.SignIn("alice", Password).TrackNewDevice("Browser A").SendAsync(default));
        var tracked = Assert.IsType<SignedIn>(await totp.AnswerAsync(pool.Emulator.TotpCode(setup.SecretCode, stepOffset: 1), default));
        SignInStep browserB = await pool.Kit.SignIn("alice", Password).SendAsync(default);

        Assert.NotNull(tracked.NewDevice);
        Assert.NotEqual(untracked.Session.DeviceKey, tracked.NewDevice.DeviceKey);
        Assert.IsType<TotpCodeRequired>(browserB);
    }

    private static (string Username, string? DeviceKey) SessionOf(SignInStep step)
    {
        var signedIn = Assert.IsType<SignedIn>(step);
        return (signedIn.Session.Username, signedIn.Session.DeviceKey);
    }

    private static async Task<DeviceSecrets> SetUpTotpAndRememberDeviceAsync(TestPool pool, string typed) =>
        (await SetUpTotpAndRememberDeviceWithSessionAsync(pool, typed)).Device;

    /// <summary>First sign-in: TOTP set-up, and the browser opts in to a device; returns what that browser keeps.</summary>
    private static async Task<(DeviceSecrets Device, string SecretCode, CognitoSession Session)> SetUpTotpAndRememberDeviceWithSessionAsync(TestPool pool, string typed)
    {
        var setup = Assert.IsType<TotpSetupRequired>(await pool.Kit.SignIn(typed, Password).TrackNewDevice("Browser A").SendAsync(default));
        var signedIn = Assert.IsType<SignedIn>(await setup.VerifyAsync(pool.Emulator.TotpCode(setup.SecretCode), "Phone", default));
        NewDevice device = Assert.IsType<NewDevice>(signedIn.NewDevice);
        Assert.True(device.IsRemembered);
        return (device.Secrets, setup.SecretCode, signedIn.Session);
    }
}
