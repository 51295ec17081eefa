using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// Every flow and challenge end to end through <see cref="ICognitoKit"/>, with AND without a client
/// secret. Fills the cells the feature suites cover on one side only: custom auth (with and without SRP) and every
/// choice-based first factor, including SMS_OTP.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class ChallengeMatrixTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    public static TheoryData<bool, bool> SrpAndSecret => new() { { false, false }, { false, true }, { true, false }, { true, true } };

    public static TheoryData<AuthFactor, bool> FactorAndSecret => new()
    {
        { AuthFactor.Password, false }, { AuthFactor.Password, true },
        { AuthFactor.PasswordSrp, false }, { AuthFactor.PasswordSrp, true },
        { AuthFactor.EmailOtp, false }, { AuthFactor.EmailOtp, true },
        { AuthFactor.SmsOtp, false }, { AuthFactor.SmsOtp, true },
    };

    [Theory]
    [MemberData(nameof(SrpAndSecret))]
    public async Task CustomAuth_AnsweredAsAValue_SignsIn(bool withSrp, bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        QuestionTriggers.Use(pool.Pool.Triggers);

        CustomAuthSignInCommand request = pool.Kit.SignInWithCustomAuth(username);
        request = withSrp ? request.WithSrp(Password) : request;
        var challenge = Assert.IsType<CustomChallengeRequired>(await request.SendAsync(default));
        await Assert.ThrowsAnyAsync<CognitoException>(() => challenge.AnswerAsync("41", default));
        var retry = Assert.IsType<CustomChallengeRequired>(await request.SendAsync(default));
        SignInStep step = await retry.AnswerAsync("42", default);

        Assert.Equal("CUSTOM_CHALLENGE", challenge.Name);
        Assert.Equal("What is 6 x 7?", retry.Parameters["question"]);
        Assert.Equal(username, Assert.IsType<SignedIn>(step).Session.Username);
        Assert.Equal(withSrp, pool.Emulator.Requests.All.Any(r =>
            r.Body.Contains(pool.ClientId, StringComparison.Ordinal) && r.Body.Contains("\"SRP_A\"", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(FactorAndSecret))]
    public async Task ChoiceSignIn_PreferringEachFactor_SignsIn(AuthFactor factor, bool clientSecret)
    {
        (TestPool pool, string username) = await ChoicePoolAsync(clientSecret);

        ChoiceSignInCommand request = pool.Kit.SignInWithChoice(username).Prefer(factor);
        if (factor is AuthFactor.Password or AuthFactor.PasswordSrp)
        {
            request = request.WithPassword(Password);
        }

        SignInStep step = await request.SendAsync(default);
        step = await AnswerCodeAsync(pool, username, step);

        Assert.Equal(username, Assert.IsType<SignedIn>(step).Session.Username);
    }

    [Theory]
    [MemberData(nameof(FactorAndSecret))]
    public async Task ChoiceSignIn_SelectingEachFactorFromTheOffer_SignsIn(AuthFactor factor, bool clientSecret)
    {
        (TestPool pool, string username) = await ChoicePoolAsync(clientSecret);

        var select = Assert.IsType<FirstFactorSelectionRequired>(await pool.Kit.SignInWithChoice(username).SendAsync(default));
        SignInStep step = factor is AuthFactor.Password or AuthFactor.PasswordSrp
            ? await select.ChooseAsync(factor, Password, default)
            : await select.ChooseAsync(factor, default);
        step = await AnswerCodeAsync(pool, username, step);

        Assert.Contains(factor, select.AvailableFactors);
        Assert.Equal(username, Assert.IsType<SignedIn>(step).Session.Username);
    }

    private async Task<(TestPool Pool, string Username)> ChoicePoolAsync(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings
        {
            ClientSecret = clientSecret,
            AllowedFirstAuthFactors = ["PASSWORD", "EMAIL_OTP", "SMS_OTP"],
        });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string>
        {
            ["email"] = username + "@example.com",
            ["phone_number"] = "+1555555" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return (pool, username);
    }

    private static async Task<SignInStep> AnswerCodeAsync(TestPool pool, string username, SignInStep step) => step switch
    {
        EmailCodeRequired email => await email.AnswerAsync(pool.Emulator.Inbox.LatestCode(username), default),
        SmsCodeRequired sms => await sms.AnswerAsync(pool.Emulator.Inbox.LatestCode(username), default),
        _ => step,
    };

    private static string NewUsername() => "m" + Guid.NewGuid().ToString("N")[..10];
}
