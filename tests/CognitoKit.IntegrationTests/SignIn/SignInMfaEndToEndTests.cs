using System.Text.Json.Nodes;
using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

[Collection(EmulatorCollection.Name)]
public sealed class SignInMfaEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RequiredTotp_SetUpDuringSignIn_ThenAskedAtNextSignIn(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, MfaConfiguration = "ON", SoftwareTokenMfa = true });
        await pool.CreateUserAsync("alice", Password);

        var setup = Assert.IsType<TotpSetupRequired>(await pool.Kit.SignIn("alice", Password).SendAsync(default));
        SignInStep first = await setup.VerifyAsync(pool.Emulator.TotpCode(setup.SecretCode), "Phone", default);
        var totp = Assert.IsType<TotpCodeRequired>(await pool.Kit.SignIn("alice", Password).SendAsync(default));
        SignInStep second = await totp.AnswerAsync(pool.Emulator.TotpCode(setup.SecretCode, stepOffset: 1), default);

        Assert.StartsWith("otpauth://totp/MyApp:alice?secret=", setup.OtpAuthUri("MyApp"), StringComparison.Ordinal);
        Assert.IsType<SignedIn>(first);
        Assert.IsType<SignedIn>(second);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RequiredSmsMfa_SignsInWithTextedCode(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, MfaConfiguration = "ON", SmsMfa = true, SoftwareTokenMfa = false });
        await pool.CreateUserAsync("bob", Password, new Dictionary<string, string> { ["phone_number"] = "+15555550100" });

        var sms = Assert.IsType<SmsCodeRequired>(await pool.Kit.SignIn("bob", Password).SendAsync(default));
        SignInStep step = await sms.AnswerAsync(pool.Emulator.Inbox.LatestCode("bob"), default);

        Assert.Equal("SMS_MFA", sms.Name);
        Assert.Equal(CodeDeliveryMedium.Sms, sms.CodeDelivery.DeliveryMedium);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task SmsMfa_WrongCodeThenRightCode_SignsIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "ON", SmsMfa = true, SoftwareTokenMfa = false });
        await pool.CreateUserAsync("carl", Password, new Dictionary<string, string> { ["phone_number"] = "+15555550101" });
        var sms = Assert.IsType<SmsCodeRequired>(await pool.Kit.SignIn("carl", Password).SendAsync(default));
        string code = pool.Emulator.Inbox.LatestCode("carl");
        string wrong = code == "000000" ? "111111" : "000000";

        await Assert.ThrowsAsync<CodeMismatchException>(() => sms.AnswerAsync(wrong, default));
        SignInStep step = await sms.AnswerAsync(code, default);

        Assert.IsType<SignedIn>(step);
        await Assert.ThrowsAsync<ChallengeAlreadyAnsweredException>(() => sms.AnswerAsync(code, default));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EmailMfa_And_MfaSelection_WorkEndToEnd(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings
        {
            ClientSecret = clientSecret, MfaConfiguration = "OPTIONAL", SmsMfa = true, EmailMfa = true, SoftwareTokenMfa = false,
        });
        await pool.CreateUserAsync("dana", Password, new Dictionary<string, string> { ["email"] = "dana@example.com", ["phone_number"] = "+15555550102" });
        CognitoSession session = Assert.IsType<SignedIn>(await pool.Kit.SignIn("dana", Password).SendAsync(default)).Session;
        await pool.AdminAsync("SetUserMFAPreference", new JsonObject
        {
            ["AccessToken"] = session.Tokens.AccessToken,
            ["SMSMfaSettings"] = new JsonObject { ["Enabled"] = true },
            ["EmailMfaSettings"] = new JsonObject { ["Enabled"] = true },
        });

        var select = Assert.IsType<MfaSelectionRequired>(await pool.Kit.SignIn("dana", Password).SendAsync(default));
        var email = Assert.IsType<EmailCodeRequired>(await select.ChooseAsync(MfaType.Email, default));
        SignInStep step = await email.AnswerAsync(pool.Emulator.Inbox.LatestCode("dana"), default);

        Assert.Equal([MfaType.Sms, MfaType.Email], select.Options);
        Assert.IsType<SignedIn>(step);
    }
}
