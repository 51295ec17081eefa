using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.Account;

[Collection(EmulatorCollection.Name)]
public sealed class AccountEndToEndTests(EmulatorFixture emulator)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UpdateAttributes_ThenVerifyTheNewEmail_MarksItVerified(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, AutoVerifiedAttributes = ["email"] });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
        CognitoAccount account = pool.Kit.Account(await SignInAsync(pool.Kit, username, Password));

        IReadOnlyList<CodeDelivery> deliveries = await account.UpdateAttributesAsync(new Dictionary<string, string> { ["email"] = "new-" + username + "@example.com", ["given_name"] = "Al" });
        await account.VerifyAttributeAsync("email", emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.VerifyAttribute));
        CognitoUser user = await account.GetUserAsync();

        Assert.Equal("email", Assert.Single(deliveries).AttributeName);
        Assert.Equal("new-" + username + "@example.com", user.Attributes["email"]);
        Assert.Equal("true", user.Attributes["email_verified"]);
        Assert.Equal("Al", user.Attributes["given_name"]);
    }

    [Fact]
    public async Task SendAttributeVerificationCode_DeliversACodeThatVerifies()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
        CognitoAccount account = pool.Kit.Account(await SignInAsync(pool.Kit, username, Password));

        CodeDelivery delivery = await account.SendAttributeVerificationCodeAsync("email");
        await account.VerifyAttributeAsync("email", emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.VerifyAttribute));

        Assert.Equal(CodeDeliveryMedium.Email, delivery.DeliveryMedium);
        Assert.Equal("true", (await account.GetUserAsync()).Attributes["email_verified"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TotpEnrollment_ThenPreferred_MakesSignInAskForTheAuthenticatorCode(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, MfaConfiguration = "OPTIONAL" });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoAccount account = pool.Kit.Account(await SignInAsync(pool.Kit, username, Password));

        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        await account.Mfa.CompleteTotpEnrollmentAsync(emulator.Emulator.TotpCode(enrollment.SecretCode), "Alice's phone");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);
        MfaSettings settings = await account.Mfa.GetSettingsAsync();
        SignInStep step = await pool.Kit.SignIn(username, Password).SendAsync(CancellationToken.None);
        var totp = Assert.IsType<TotpCodeRequired>(step);
        // A code is accepted once, as by Cognito: sign in with the next 30-second step's code (within the allowed drift).
        SignInStep done = await totp.AnswerAsync(emulator.Emulator.TotpCode(enrollment.SecretCode, stepOffset: 1), CancellationToken.None);

        Assert.StartsWith("otpauth://totp/MyApp:" + username + "?secret=" + enrollment.SecretCode, enrollment.OtpAuthUri("MyApp"), StringComparison.Ordinal);
        Assert.Equal(MfaType.Totp, settings.Preferred);
        Assert.Contains(MfaType.Totp, settings.Enabled);
        string? sentName = (string?)System.Text.Json.Nodes.JsonNode.Parse(emulator.Emulator.Requests.All.Last(r => r.Operation == "VerifySoftwareToken").Body)?["FriendlyDeviceName"];
        Assert.Equal("Alice's phone", sentName);
        Assert.IsType<SignedIn>(done);
    }

    [Fact]
    public async Task SetPreference_DisablingTotp_LetsSignInCompleteWithoutMfa()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "OPTIONAL" });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoAccount account = pool.Kit.Account(await SignInAsync(pool.Kit, username, Password));
        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        await account.Mfa.CompleteTotpEnrollmentAsync(emulator.Emulator.TotpCode(enrollment.SecretCode));
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);

        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Disabled);

        Assert.Empty((await account.GetUserAsync()).Mfa.Enabled);
        Assert.IsType<SignedIn>(await pool.Kit.SignIn(username, Password).SendAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CompleteTotpEnrollment_WithAWrongCode_IsRefused()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "OPTIONAL" });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoAccount account = pool.Kit.Account(await SignInAsync(pool.Kit, username, Password));
        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        string real = emulator.Emulator.TotpCode(enrollment.SecretCode);
        string wrong = real == "000000" ? "111111" : "000000";

        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => account.Mfa.CompleteTotpEnrollmentAsync(wrong));

        Assert.Contains(ex.ErrorCode, new[] { "CodeMismatchException", "EnableSoftwareTokenMFAException" });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Devices_ListRememberDoNotRememberAndForget(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, DeviceTracking = true, DeviceOnlyRememberedOnUserPrompt = true });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        var signedIn = Assert.IsType<SignedIn>(await pool.Kit.SignIn(username, Password).TrackNewDevice().SendAsync(CancellationToken.None));
        string deviceKey = Assert.IsType<NewDevice>(signedIn.NewDevice).DeviceKey;
        CognitoAccount account = pool.Kit.Account(signedIn.Session);

        await account.Devices.RememberAsync(deviceKey);
        CognitoDevice remembered = Assert.Single(await account.Devices.ListAsync());
        await account.Devices.DoNotRememberAsync(deviceKey);
        CognitoDevice notRemembered = Assert.Single(await account.Devices.ListAsync());
        await account.Devices.ForgetAsync(deviceKey);

        Assert.Equal(deviceKey, remembered.DeviceKey);
        Assert.True(remembered.IsCurrent);
        Assert.NotEqual(false, remembered.IsRemembered); // the emulator reports only "not remembered" explicitly
        Assert.False(notRemembered.IsRemembered);
        Assert.Empty(await account.Devices.ListAsync());
        Assert.Null(signedIn.Session.DeviceKey);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignOutEverywhere_RevokesTheTokensAndEndsTheSession(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(pool.Kit, username, Password);
        string accessToken = session.Tokens.AccessToken;

        await pool.Kit.Account(session).SignOutEverywhereAsync();

        Assert.True(session.IsEnded);
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());
        Assert.False(await AccessTokenWorksAsync(pool, accessToken));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RevokeRefreshToken_EndsTheSessionAndTheRefreshTokenStopsWorking(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(pool.Kit, username, Password);
        CognitoSession copy = pool.Kit.Sessions.Restore(session.ToSnapshot());

        await pool.Kit.Account(session).RevokeRefreshTokenAsync();

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => copy.RefreshAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delete_RemovesTheUserAndEndsTheSession(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(pool.Kit, username, Password);

        await pool.Kit.Account(session).DeleteAsync();

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());
        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => pool.Kit.SignIn(username, Password).SendAsync(CancellationToken.None));
        Assert.Contains(ex.ErrorCode, new[] { "NotAuthorizedException", "UserNotFoundException" });
    }
}
