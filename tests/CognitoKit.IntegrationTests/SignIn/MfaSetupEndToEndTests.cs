using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// MFA set-up during sign-in (<c>MFA_SETUP</c>): email when it is the only kind, a choice between TOTP and email, and
/// the next sign-in asking for the factor that was set up.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class MfaSetupEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RequiredEmailMfa_UserWithoutEmail_SetsTheAddressDuringSignIn_ThenIsAskedForEmailCodes(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, MfaConfiguration = "ON", EmailMfa = true, SoftwareTokenMfa = false });
        string username = "em" + Guid.NewGuid().ToString("N")[..10];
        await pool.CreateUserAsync(username, Password);

        var setup = Assert.IsType<EmailMfaSetupRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        var code = Assert.IsType<EmailCodeRequired>(await setup.SendCodeAsync(username + "@example.com", default));
        SignedIn first = Assert.IsType<SignedIn>(await code.AnswerAsync(pool.Emulator.Inbox.LatestCode(username), default));
        CognitoUser user = await pool.Kit.Account(first.Session).GetUserAsync();
        var next = Assert.IsType<EmailCodeRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        SignInStep second = await next.AnswerAsync(pool.Emulator.Inbox.LatestCode(username), default);

        Assert.Equal("MFA_SETUP", setup.Name);
        Assert.Equal(CodeDeliveryMedium.Email, code.CodeDelivery.DeliveryMedium);
        Assert.Equal(username + "@example.com", user.Attributes["email"]);
        Assert.Equal("true", user.Attributes["email_verified"]);
        Assert.IsType<SignedIn>(second);
    }

    [Fact]
    public async Task EmailMfaSetup_WrongCode_LeavesTheCodeStepOpen_AndEmailMfaOff()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "ON", EmailMfa = true, SoftwareTokenMfa = false });
        string username = "em" + Guid.NewGuid().ToString("N")[..10];
        await pool.CreateUserAsync(username, Password);
        var setup = Assert.IsType<EmailMfaSetupRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        var code = Assert.IsType<EmailCodeRequired>(await setup.SendCodeAsync(username + "@example.com", default));
        string right = pool.Emulator.Inbox.LatestCode(username);

        await Assert.ThrowsAsync<CodeMismatchException>(() => code.AnswerAsync(right == "000000" ? "111111" : "000000", default));

        Assert.IsType<EmailMfaSetupRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        Assert.Throws<ArgumentException>(() => { _ = setup.SendCodeAsync("not-an-address", default); });
    }

    [Fact]
    public async Task TotpAndEmailOffered_ChoiceListsBoth_AndChoosingTotpEnrolsAnAuthenticator()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "ON", EmailMfa = true, SoftwareTokenMfa = true });
        string username = "ch" + Guid.NewGuid().ToString("N")[..10];
        await pool.CreateUserAsync(username, Password);

        var choice = Assert.IsType<MfaSetupSelectionRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        var totp = Assert.IsType<TotpSetupRequired>(await choice.ChooseAsync(MfaType.Totp, default));
        SignInStep done = await totp.VerifyAsync(pool.Emulator.TotpCode(totp.SecretCode), default);

        Assert.Equal([MfaType.Totp, MfaType.Email], choice.Options);
        Assert.Contains("EMAIL_OTP", choice.CanSetUp);
        Assert.IsType<SignedIn>(done);
        Assert.IsType<TotpCodeRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        Assert.Throws<ArgumentException>(() => { _ = choice.ChooseAsync(MfaType.Sms, default); });
    }

    [Fact]
    public async Task TotpAndEmailOffered_ChoosingEmail_SetsUpEmailMfa()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "ON", EmailMfa = true, SoftwareTokenMfa = true });
        string username = "ch" + Guid.NewGuid().ToString("N")[..10];
        await pool.CreateUserAsync(username, Password);

        var choice = Assert.IsType<MfaSetupSelectionRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        var email = Assert.IsType<EmailMfaSetupRequired>(await choice.ChooseAsync(MfaType.Email, default));
        var code = Assert.IsType<EmailCodeRequired>(await email.SendCodeAsync(username + "@example.org", default));
        SignInStep done = await code.AnswerAsync(pool.Emulator.Inbox.LatestCode(username), default);

        Assert.IsType<SignedIn>(done);
        Assert.IsType<EmailCodeRequired>(await pool.Kit.SignIn(username, Password).SendAsync(default));
        await Assert.ThrowsAsync<ChallengeAlreadyAnsweredException>(() => choice.ChooseAsync(MfaType.Totp, default));
    }
}
