using System.Numerics;
using System.Security.Cryptography;

namespace CognitoKit.Testing.Tests;

public sealed class DeviceTests
{
    private static readonly Action<JsonObject> Tracking = p => p["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = true, ["DeviceOnlyRememberedOnUserPrompt"] = false };

    private static async Task<(string DeviceKey, string GroupKey, string Password, string AccessToken)> RememberDeviceAsync(Scenario s, JsonObject result)
    {
        var (device, userConfirmationNecessary) = await ConfirmDeviceAsync(s, result);
        Assert.False(userConfirmationNecessary);
        return device;
    }

    /// <summary>ConfirmDevice for the NewDeviceMetadata of a sign-in result, with a fresh device password and its verifier.</summary>
    private static async Task<((string DeviceKey, string GroupKey, string Password, string AccessToken) Device, bool UserConfirmationNecessary)> ConfirmDeviceAsync(Scenario s, JsonObject result)
    {
        var metadata = result["NewDeviceMetadata"]!;
        var key = (string)metadata["DeviceKey"]!;
        var group = (string)metadata["DeviceGroupKey"]!;
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(40));
        var salt = TestSrpClient.Int(RandomNumberGenerator.GetBytes(16));
        var verifier = BigInteger.ModPow(TestSrpClient.G, TestSrpClient.X(salt, group, key, password), TestSrpClient.N);
        var access = (string)result["AccessToken"]!;
        var confirmed = await s.Wire.CallAsync("ConfirmDevice", new JsonObject
        {
            ["AccessToken"] = access,
            ["DeviceKey"] = key,
            ["DeviceName"] = "test phone",
            ["DeviceSecretVerifierConfig"] = new JsonObject { ["PasswordVerifier"] = Convert.ToBase64String(TestSrpClient.Pad(verifier)), ["Salt"] = Convert.ToBase64String(TestSrpClient.Pad(salt)) },
        });
        return ((key, group, password, access), (bool)confirmed["UserConfirmationNecessary"]!);
    }

    [Fact]
    public async Task SignIn_OnATrackingPool_ReturnsNewDeviceMetadata()
    {
        await using var s = await Scenario.StartAsync(Tracking);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var result = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!;
        Assert.Matches("^us-east-1_[0-9a-f-]{36}$", (string)result["NewDeviceMetadata"]!["DeviceKey"]!);
        Assert.NotNull(result["NewDeviceMetadata"]!["DeviceGroupKey"]);
    }

    [Fact]
    public async Task RememberedDevice_SignsInWithDeviceSrpAndSkipsMfa()
    {
        await using var s = await Scenario.StartAsync(Tracking);
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.On, sms: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550100" });
        var first = await s.SignInAsync("ann", "Passw0rd!");
        var mfaDone = await s.RespondAsync(first, new JsonObject { ["USERNAME"] = "ann", ["SMS_MFA_CODE"] = s.Cognito.Inbox.LatestCode("ann", MessagePurpose.SmsMfa) });
        var device = await RememberDeviceAsync(s, mfaDone["AuthenticationResult"]!.AsObject());

        var afterPassword = await s.SrpSignInAsync("ann", "Passw0rd!", device.DeviceKey);
        Assert.Equal("DEVICE_SRP_AUTH", (string?)afterPassword.Body["ChallengeName"]);
        var srp = new TestSrpClient();
        var verifier = await s.RespondAsync(afterPassword.Body, new JsonObject { ["USERNAME"] = "ann", ["DEVICE_KEY"] = device.DeviceKey, ["SRP_A"] = srp.AHex });
        Assert.Equal("DEVICE_PASSWORD_VERIFIER", (string?)verifier["ChallengeName"]);
        var answer = srp.Answer(verifier["ChallengeParameters"]!.AsObject(), device.GroupKey, device.Password, s.Clock.GetUtcNow(), device.DeviceKey);
        answer["DEVICE_KEY"] = device.DeviceKey;
        answer["USERNAME"] = "ann";
        var done = await s.RespondAsync(verifier, answer);
        Assert.NotNull(done["AuthenticationResult"]);
        Assert.Null(done["AuthenticationResult"]!["NewDeviceMetadata"]);
        var access = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken((string)done["AuthenticationResult"]!["AccessToken"]!);
        Assert.Equal(device.DeviceKey, access.GetClaim("device_key").Value);
    }

    [Fact]
    public async Task DeviceSrp_WithWrongDevicePassword_IsRefused()
    {
        await using var s = await Scenario.StartAsync(Tracking);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var device = await RememberDeviceAsync(s, (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject());
        var afterPassword = await s.SrpSignInAsync("ann", "Passw0rd!", device.DeviceKey);
        var srp = new TestSrpClient();
        var verifier = await s.RespondAsync(afterPassword.Body, new JsonObject { ["USERNAME"] = "ann", ["DEVICE_KEY"] = device.DeviceKey, ["SRP_A"] = srp.AHex });
        var answer = srp.Answer(verifier["ChallengeParameters"]!.AsObject(), device.GroupKey, "not the device password", s.Clock.GetUtcNow(), device.DeviceKey);
        answer["DEVICE_KEY"] = device.DeviceKey;
        await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(verifier, answer), "NotAuthorizedException");
    }

    [Fact]
    public async Task ConfirmedDevices_AreListedFetchedAndForgotten()
    {
        await using var s = await Scenario.StartAsync(Tracking);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var device = await RememberDeviceAsync(s, (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject());
        var list = await s.Wire.CallAsync("ListDevices", new JsonObject { ["AccessToken"] = device.AccessToken });
        Assert.Equal(device.DeviceKey, (string?)list["Devices"]![0]!["DeviceKey"]);
        var got = await s.Wire.CallAsync("GetDevice", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey });
        Assert.Equal(device.DeviceKey, (string?)got["Device"]!["DeviceKey"]);
        await s.Wire.CallAsync("UpdateDeviceStatus", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey, ["DeviceRememberedStatus"] = "not_remembered" });
        await s.Wire.CallAsync("ForgetDevice", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey });
        await s.Wire.FailAsync("GetDevice", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey }, "ResourceNotFoundException");
    }

    [Theory]
    [InlineData("remembered")]
    [InlineData("not_remembered")]
    public async Task UpdateDeviceStatus_IsReportedInDevDeviceRememberedStatus(string status)
    {
        await using var s = await Scenario.StartAsync(Tracking);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var device = await RememberDeviceAsync(s, (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject());

        await s.Wire.CallAsync("UpdateDeviceStatus", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey, ["DeviceRememberedStatus"] = status });

        var got = await s.Wire.CallAsync("GetDevice", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey });
        var attributes = got["Device"]!["DeviceAttributes"]!.AsArray();
        Assert.Equal(status, (string?)Assert.Single(attributes, a => (string?)a!["Name"] == "dev:device_remembered_status")!["Value"]);
    }

    private static JsonObject RefreshTokenAuth(Scenario s, JsonObject result, string? deviceKey)
    {
        var parameters = new JsonObject { ["REFRESH_TOKEN"] = result["RefreshToken"]!.DeepClone() };
        if (deviceKey is not null)
        {
            parameters["DEVICE_KEY"] = deviceKey;
        }

        return new JsonObject { ["AuthFlow"] = "REFRESH_TOKEN_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = parameters };
    }

    private static JsonObject TokensFromRefreshToken(Scenario s, JsonObject result) =>
        new() { ["ClientId"] = s.ClientId, ["RefreshToken"] = result["RefreshToken"]!.DeepClone(), ["DeviceKey"] = result["NewDeviceMetadata"]!["DeviceKey"]!.DeepClone() };

    private static async Task<(int Status, string Body)> OAuthRefreshAsync(Scenario s, JsonObject result)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = s.ClientId,
            ["refresh_token"] = (string)result["RefreshToken"]!,
        });
        using var response = await s.Wire.Http.PostAsync(new Uri(s.Cognito.DomainEndpoint(), "oauth2/token"), form);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefreshToken_IssuedWithANewDevice_IsRefusedEverywhereUntilTheDeviceIsConfirmed()
    {
        await using var s = await Scenario.StartAsync(Tracking);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var result = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject();
        var deviceKey = (string)result["NewDeviceMetadata"]!["DeviceKey"]!;
        s.Clock.Advance(TimeSpan.FromMinutes(10));

        var withKey = await s.Wire.FailAsync("InitiateAuth", RefreshTokenAuth(s, result, deviceKey), "NotAuthorizedException");
        var withoutKey = await s.Wire.FailAsync("InitiateAuth", RefreshTokenAuth(s, result, null), "NotAuthorizedException");
        var tokens = await s.Wire.FailAsync("GetTokensFromRefreshToken", TokensFromRefreshToken(s, result), "NotAuthorizedException");
        var (oauthStatus, oauthBody) = await OAuthRefreshAsync(s, result);

        Assert.Equal("Invalid Refresh Token", withKey);
        Assert.Equal("Invalid Refresh Token", withoutKey);
        Assert.Equal("Invalid Refresh Token", tokens);
        Assert.Equal(400, oauthStatus);
        Assert.Contains("invalid_grant", oauthBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshToken_IssuedWithANewDevice_WorksOnceTheDeviceIsConfirmed()
    {
        await using var s = await Scenario.StartAsync(Devices(challengeRequiredOnNewDevice: false, onlyOnUserPrompt: true));
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var result = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject();
        var (device, userConfirmationNecessary) = await ConfirmDeviceAsync(s, result);
        s.Clock.Advance(TimeSpan.FromMinutes(10));

        var refreshed = (await s.Wire.CallAsync("InitiateAuth", RefreshTokenAuth(s, result, device.DeviceKey)))["AuthenticationResult"]!;
        var tokens = (await s.Wire.CallAsync("GetTokensFromRefreshToken", TokensFromRefreshToken(s, result)))["AuthenticationResult"]!;
        var (oauthStatus, _) = await OAuthRefreshAsync(s, result);

        Assert.True(userConfirmationNecessary);
        var access = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken((string)refreshed["AccessToken"]!);
        Assert.Equal(device.DeviceKey, access.GetClaim("device_key").Value);
        Assert.NotNull(tokens["AccessToken"]);
        Assert.Equal(200, oauthStatus);
    }

    [Fact]
    public async Task RefreshToken_OfAConfirmedDevice_IsRefusedWithAnotherDevicesKey()
    {
        await using var s = await Scenario.StartAsync(Tracking);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var first = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject();
        var second = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject();
        var firstDevice = await RememberDeviceAsync(s, first);
        var secondDevice = await RememberDeviceAsync(s, second);

        var message = await s.Wire.FailAsync("InitiateAuth", RefreshTokenAuth(s, first, secondDevice.DeviceKey), "NotAuthorizedException");

        Assert.Equal("Invalid Refresh Token", message);
        await s.Wire.CallAsync("InitiateAuth", RefreshTokenAuth(s, first, firstDevice.DeviceKey));
    }

    private static Action<JsonObject> Devices(bool challengeRequiredOnNewDevice, bool onlyOnUserPrompt) =>
        p => p["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = challengeRequiredOnNewDevice, ["DeviceOnlyRememberedOnUserPrompt"] = onlyOnUserPrompt };

    /// <summary>A pool with required SMS MFA and the given device flags; its user has signed in once (MFA) and confirmed a device.</summary>
    private static async Task<(Scenario Scenario, (string DeviceKey, string GroupKey, string Password, string AccessToken) Device)> UserWithConfirmedDeviceAsync(
        bool challengeRequiredOnNewDevice, bool onlyOnUserPrompt, string username = "ann")
    {
        var s = await Scenario.StartAsync(Devices(challengeRequiredOnNewDevice, onlyOnUserPrompt));
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.On, sms: true);
        await s.Pool.AddUserAsync(username, "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550100" });
        var device = await ConfirmDeviceAfterMfaAsync(s, username);
        return (s, device);
    }

    private static async Task<(string DeviceKey, string GroupKey, string Password, string AccessToken)> ConfirmDeviceAfterMfaAsync(Scenario s, string username)
    {
        var first = await s.SignInAsync(username, "Passw0rd!");
        var mfaDone = await s.RespondAsync(first, new JsonObject { ["USERNAME"] = username, ["SMS_MFA_CODE"] = s.Cognito.Inbox.LatestCode(username, MessagePurpose.SmsMfa) });
        return (await ConfirmDeviceAsync(s, mfaDone["AuthenticationResult"]!.AsObject())).Device;
    }

    /// <summary>Signs in with SRP presenting the device and proves it (DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER); returns what follows.</summary>
    private static async Task<JsonObject> SignInProvingDeviceAsync(Scenario s, string username, string deviceKey, string groupKey, string devicePassword)
    {
        var afterPassword = await s.SrpSignInAsync(username, "Passw0rd!", deviceKey);
        Assert.Equal("DEVICE_SRP_AUTH", (string?)afterPassword.Body["ChallengeName"]);
        var srp = new TestSrpClient();
        var verifier = await s.RespondAsync(afterPassword.Body, new JsonObject { ["USERNAME"] = username, ["DEVICE_KEY"] = deviceKey, ["SRP_A"] = srp.AHex });
        var answer = srp.Answer(verifier["ChallengeParameters"]!.AsObject(), groupKey, devicePassword, s.Clock.GetUtcNow(), deviceKey);
        answer["DEVICE_KEY"] = deviceKey;
        answer["USERNAME"] = username;
        return await s.RespondAsync(verifier, answer);
    }

    [Fact]
    public async Task ChallengeRequiredOnNewDeviceFalse_ARememberedDeviceProvedBySrp_StillGetsMfa()
    {
        var (s, device) = await UserWithConfirmedDeviceAsync(challengeRequiredOnNewDevice: false, onlyOnUserPrompt: false);
        await using (s)
        {
            var afterDevice = await SignInProvingDeviceAsync(s, "ann", device.DeviceKey, device.GroupKey, device.Password);

            Assert.Equal("SMS_MFA", (string?)afterDevice["ChallengeName"]);
        }
    }

    [Fact]
    public async Task ChallengeRequiredOnNewDeviceTrue_ARememberedDeviceProvedBySrp_SkipsMfa()
    {
        var (s, device) = await UserWithConfirmedDeviceAsync(challengeRequiredOnNewDevice: true, onlyOnUserPrompt: false);
        await using (s)
        {
            var afterDevice = await SignInProvingDeviceAsync(s, "ann", device.DeviceKey, device.GroupKey, device.Password);

            Assert.NotNull(afterDevice["AuthenticationResult"]);
        }
    }

    [Fact]
    public async Task DeviceOnlyRememberedOnUserPrompt_AConfirmedDevice_GetsMfaUntilUpdateDeviceStatusRemembersIt()
    {
        var (s, device) = await UserWithConfirmedDeviceAsync(challengeRequiredOnNewDevice: true, onlyOnUserPrompt: true);
        await using (s)
        {
            var beforeRemembered = await SignInProvingDeviceAsync(s, "ann", device.DeviceKey, device.GroupKey, device.Password);
            await s.Wire.CallAsync("UpdateDeviceStatus", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey, ["DeviceRememberedStatus"] = "remembered" });
            var afterRemembered = await SignInProvingDeviceAsync(s, "ann", device.DeviceKey, device.GroupKey, device.Password);

            Assert.Equal("SMS_MFA", (string?)beforeRemembered["ChallengeName"]);
            Assert.NotNull(afterRemembered["AuthenticationResult"]);
        }
    }

    [Fact]
    public async Task NoDevicePresented_OnAPoolThatSkipsMfaForRememberedDevices_GetsMfa()
    {
        var (s, _) = await UserWithConfirmedDeviceAsync(challengeRequiredOnNewDevice: true, onlyOnUserPrompt: false);
        await using (s)
        {
            var afterPassword = await s.SrpSignInAsync("ann", "Passw0rd!");

            Assert.Equal("SMS_MFA", (string?)afterPassword.Body["ChallengeName"]);
        }
    }

    [Fact]
    public async Task AnotherUsersDevice_IsRefusedAsUnknownAfterThePassword_NeverSkippingMfa()
    {
        var (s, annsDevice) = await UserWithConfirmedDeviceAsync(challengeRequiredOnNewDevice: true, onlyOnUserPrompt: false);
        await using (s)
        {
            await s.Pool.AddUserAsync("bob", "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550101" });

            var bobWithAnnsDevice = await s.SrpSignInAsync("bob", "Passw0rd!", annsDevice.DeviceKey);

            Assert.Equal("ResourceNotFoundException", bobWithAnnsDevice.ErrorType);
            Assert.Equal("Device does not exist.", (string?)bobWithAnnsDevice.Body["message"]);
        }
    }

    [Fact]
    public async Task AForgottenDevice_IsRefusedAsUnknown()
    {
        var (s, device) = await UserWithConfirmedDeviceAsync(challengeRequiredOnNewDevice: true, onlyOnUserPrompt: false);
        await using (s)
        {
            await s.Wire.CallAsync("ForgetDevice", new JsonObject { ["AccessToken"] = device.AccessToken, ["DeviceKey"] = device.DeviceKey });

            var afterPassword = await s.SrpSignInAsync("ann", "Passw0rd!", device.DeviceKey);

            Assert.Equal("ResourceNotFoundException", afterPassword.ErrorType);
        }
    }
}
