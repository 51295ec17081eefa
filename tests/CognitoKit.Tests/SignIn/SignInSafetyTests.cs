using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.SignIn;

public sealed class SignInSafetyTests
{
    [Fact]
    public async Task Challenge_AnsweredTwice_ThrowsChallengeAlreadyAnswered()
    {
        var h = new SignInHarness();
        h.OnRespond("SOFTWARE_TOKEN_MFA", _ => SignInHarness.Done());
        var totp = Assert.IsType<TotpCodeRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SOFTWARE_TOKEN_MFA")));
        await totp.AnswerAsync("123456", default);
        int calls = h.Responded.Count;

        var ex = await Assert.ThrowsAsync<ChallengeAlreadyAnsweredException>(() => totp.AnswerAsync("123456", default));

        Assert.IsAssignableFrom<CognitoKitException>(ex);
        Assert.Equal("SOFTWARE_TOKEN_MFA", ex.ChallengeName);
        Assert.Contains("already answered", ex.Message, StringComparison.Ordinal);
        Assert.Equal(calls, h.Responded.Count);
        Assert.True(totp.IsAnswered);
    }

    [Fact]
    public async Task Challenge_AfterWrongCode_StaysOpenForAnotherTry()
    {
        var h = new SignInHarness();
        h.OnRespond("SMS_MFA", _ => throw new CodeMismatchException("Invalid code or auth state for the user."), _ => SignInHarness.Done());
        var sms = Assert.IsType<SmsCodeRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SMS_MFA")));

        await Assert.ThrowsAsync<CodeMismatchException>(() => sms.AnswerAsync("000000", default));
        Assert.False(sms.IsAnswered);
        SignInStep step = await sms.AnswerAsync("123456", default);

        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task Challenge_AnsweredAfterSessionExpired_ThrowsSignInSessionExpired()
    {
        var h = new SignInHarness();
        h.OnRespond("SMS_MFA", _ => throw new NotAuthorizedException("Invalid session for the user, session is expired.", "req-1"));
        var sms = Assert.IsType<SmsCodeRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SMS_MFA")));

        var ex = await Assert.ThrowsAsync<SignInSessionExpiredException>(() => sms.AnswerAsync("123456", default));

        Assert.Equal("SMS_MFA", ex.ChallengeName);
        Assert.Contains("start the sign-in again", ex.Message, StringComparison.Ordinal);
        Assert.Equal("req-1", ex.RequestId);
        Assert.IsType<NotAuthorizedException>(ex.InnerException);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ThrowsNotAuthorizedNotSessionExpired()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER", Session = "s-0123456789-0123456789", ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => throw new NotAuthorizedException("Incorrect username or password."));

        await Assert.ThrowsAsync<NotAuthorizedException>(() => h.Kit.SignIn("alice", "wrong").SendAsync(default));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData(" 123456")]
    public async Task TotpAnswer_NotSixDigits_ThrowsArgumentExceptionBeforeAnyCall(string code)
    {
        var h = new SignInHarness();
        var totp = Assert.IsType<TotpCodeRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SOFTWARE_TOKEN_MFA")));
        int calls = h.Responded.Count;

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => totp.AnswerAsync(code, default));

        Assert.Equal("code", ex.ParamName);
        Assert.Equal(calls, h.Responded.Count);
        Assert.False(totp.IsAnswered);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12-34")]
    public async Task SmsAnswer_NotDigits_ThrowsArgumentExceptionNamingCode(string code)
    {
        var h = new SignInHarness();
        var sms = Assert.IsType<SmsCodeRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SMS_MFA")));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => sms.AnswerAsync(code, default));

        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public async Task TotpSetup_WithBadCode_NeverCallsVerify()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.AssociateSoftwareTokenAsync(It.IsAny<AssociateSoftwareTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssociateSoftwareTokenResponse { SecretCode = "JBSWY3DPEHPK3PXP", Session = "s-assoc-0123456789" });
        var setup = Assert.IsType<TotpSetupRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("MFA_SETUP")));

        await Assert.ThrowsAsync<ArgumentException>(() => setup.VerifyAsync("abcdef", default));

        h.Client.Verify(c => c.VerifySoftwareTokenAsync(It.IsAny<VerifySoftwareTokenRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("", "Passw0rd!", "username")]
    [InlineData("   ", "Passw0rd!", "username")]
    [InlineData("alice", "", "password")]
    public void SignIn_WithEmptyInput_ThrowsArgumentExceptionNamingParameter(string username, string password, string parameter)
    {
        var h = new SignInHarness();

        var ex = Assert.ThrowsAny<ArgumentException>(() => h.Kit.SignIn(username, password));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void SignInRequest_ToString_NeverShowsPassword()
    {
        var h = new SignInHarness();

        string text = h.Kit.SignIn("alice", "Sup3rSecret!").ToString();

        Assert.DoesNotContain("Sup3rSecret!", text, StringComparison.Ordinal);
        Assert.Contains("alice", text, StringComparison.Ordinal);
    }
}
