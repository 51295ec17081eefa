using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.SignIn;

[Collection(EmulatorCollection.Name)]
public sealed class SignInFlowEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignIn_WithSrp_ReturnsSessionForTheUser(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        await pool.CreateUserAsync("alice", Password);

        SignInStep step = await pool.Kit.SignIn("alice", Password).SendAsync(default);

        CognitoSession session = Assert.IsType<SignedIn>(step).Session;
        Assert.Equal("alice", session.Username);
        Assert.False(string.IsNullOrEmpty(session.Tokens.AccessToken));
        Assert.Equal(1, emulator.Emulator.Requests.All.Count(r => r.Operation == "InitiateAuth" && r.Body.Contains("USER_SRP_AUTH", StringComparison.Ordinal) && r.Body.Contains(pool.ClientId, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignIn_WithPasswordAuth_ReturnsSession(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        await pool.CreateUserAsync("bob", Password);

        SignInStep step = await pool.Kit.SignIn("bob", Password).WithPasswordAuth().SendAsync(default);

        Assert.Equal("bob", Assert.IsType<SignedIn>(step).Session.Username);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ThrowsNotAuthorized()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("carol", Password);

        await Assert.ThrowsAsync<NotAuthorizedException>(() => pool.Kit.SignIn("carol", "Wr0ngPassword!").SendAsync(default));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignIn_WithEmailAsUsername_WorksWithAndWithoutSecret(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, UsernameAttributes = ["email"] });
        string realUsername = await pool.CreateUserAsync("dora@example.com", Password, new Dictionary<string, string> { ["email"] = "dora@example.com" });

        SignInStep srp = await pool.Kit.SignIn("dora@example.com", Password).SendAsync(default);
        SignInStep plain = await pool.Kit.SignIn("dora@example.com", Password).WithPasswordAuth().SendAsync(default);

        Assert.NotEqual("dora@example.com", realUsername);
        Assert.Equal(realUsername, Assert.IsType<SignedIn>(srp).Session.Username);
        Assert.Equal(realUsername, Assert.IsType<SignedIn>(plain).Session.Username);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NewPasswordRequired_SetPassword_SignsInAndNewPasswordWorks(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        await pool.CreateUserWithTemporaryPasswordAsync("erin", "Temp0rary!");

        var challenge = Assert.IsType<NewPasswordRequired>(await pool.Kit.SignIn("erin", "Temp0rary!").SendAsync(default));
        SignInStep step = await challenge.SetPasswordAsync("N3wPassw0rd!", default);

        Assert.IsType<SignedIn>(step);
        Assert.IsType<SignedIn>(await pool.Kit.SignIn("erin", "N3wPassw0rd!").SendAsync(default));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CustomAuth_WithAndWithoutSrp_AnswersCustomChallenge(bool withSrp)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        await pool.CreateUserAsync("frank", Password);
        QuestionTriggers.Use(pool.Pool.Triggers);

        CustomAuthSignInCommand request = pool.Kit.SignInWithCustomAuth("frank");
        if (withSrp)
        {
            request = request.WithSrp(Password);
        }

        var challenge = Assert.IsType<CustomChallengeRequired>(await request.SendAsync(default));
        SignInStep step = await challenge.AnswerAsync("42", default);

        Assert.Equal("What is 6 x 7?", challenge.Parameters["question"]);
        Assert.Equal("frank", Assert.IsType<SignedIn>(step).Session.Username);
    }

    [Fact]
    public async Task ChoiceSignIn_WithEmailOtp_SignsInWithEmailedCode()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings
        {
            ClientSecret = true,
            AllowedFirstAuthFactors = ["PASSWORD", "EMAIL_OTP"],
        });
        await pool.CreateUserAsync("gina", Password, new Dictionary<string, string> { ["email"] = "gina@example.com" });

        var email = Assert.IsType<EmailCodeRequired>(await pool.Kit.SignInWithChoice("gina").Prefer(AuthFactor.EmailOtp).SendAsync(default));
        SignInStep step = await email.AnswerAsync(pool.Emulator.Inbox.LatestCode("gina"), default);

        Assert.Equal(CodeDeliveryMedium.Email, email.CodeDelivery.DeliveryMedium);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task ChoiceSignIn_WithoutPreference_OffersFactorsAndPasswordSrpSignsIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { AllowedFirstAuthFactors = ["PASSWORD", "EMAIL_OTP"] });
        await pool.CreateUserAsync("hank", Password, new Dictionary<string, string> { ["email"] = "hank@example.com" });

        var select = Assert.IsType<FirstFactorSelectionRequired>(await pool.Kit.SignInWithChoice("hank").SendAsync(default));
        SignInStep step = await select.ChooseAsync(AuthFactor.PasswordSrp, Password, default);

        Assert.Contains(AuthFactor.PasswordSrp, select.AvailableFactors);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task ChoiceSignIn_PreferringPassword_SignsIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, AllowedFirstAuthFactors = ["PASSWORD"] });
        await pool.CreateUserAsync("ivan", Password);

        SignInStep step = await pool.Kit.SignInWithChoice("ivan").Prefer(AuthFactor.Password).WithPassword(Password).SendAsync(default);

        Assert.IsType<SignedIn>(step);
    }
}
