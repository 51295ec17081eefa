using CognitoKit.Protocol.UserPools;

namespace CognitoKit.Tests.SignIn;

public sealed class SignInFlowTests
{
    [Fact]
    public async Task SignIn_ByDefault_UsesSrpAndNeverSendsThePassword()
    {
        var h = new SignInHarness();
        SignInStep step = await h.SignInReachingAsync(SignInHarness.Done());

        InitiateAuthRequest sent = Assert.Single(h.Initiated);
        Assert.Equal("USER_SRP_AUTH", sent.AuthFlow);
        Assert.Matches("^[0-9a-f]+$", sent.AuthParameters!["SRP_A"]);
        Assert.DoesNotContain("PASSWORD", sent.AuthParameters.Keys);
        RespondToAuthChallengeRequest claim = Assert.Single(h.Responded);
        Assert.Equal("session-first-0123456789", claim.Session);
        Assert.All(["PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP"], k => Assert.Contains(k, claim.ChallengeResponses!.Keys));
        Assert.Equal("Fri Jan 2 03:04:05 UTC 2026", claim.ChallengeResponses!["TIMESTAMP"]);
        Assert.DoesNotContain(claim.ChallengeResponses.Values, v => v.Contains("Passw0rd!", StringComparison.Ordinal));
        Assert.Equal("alice", Assert.IsType<SignedIn>(step).Session.Username);
    }

    [Fact]
    public async Task SignIn_WithPasswordAuth_SendsUserPasswordAuth()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse { AuthenticationResult = SignInHarness.Tokens("alice") });

        SignInStep step = await h.Kit.SignIn("alice", "Passw0rd!").WithPasswordAuth().SendAsync(default);

        InitiateAuthRequest sent = Assert.Single(h.Initiated);
        Assert.Equal("USER_PASSWORD_AUTH", sent.AuthFlow);
        Assert.Equal("Passw0rd!", sent.AuthParameters!["PASSWORD"]);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task SignIn_WithClientSecretAndEmail_HashesFirstCallWithEmailAndAnswersWithReturnedUsername()
    {
        var h = new SignInHarness(withSecret: true);
        const string realUsername = "7d1c0f7e-0000-4000-8000-000000000001";
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER",
            Session = "session-first-0123456789",
            ChallengeParameters = SignInHarness.VerifierParameters(realUsername),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Done(realUsername));

        SignInStep step = await h.Kit.SignIn("alice@example.com", "Passw0rd!").SendAsync(default);

        Assert.Equal(SignInHarness.HashOf("alice@example.com"), h.Initiated[0].AuthParameters!["SECRET_HASH"]);
        RespondToAuthChallengeRequest claim = Assert.Single(h.Responded);
        Assert.Equal(realUsername, claim.ChallengeResponses!["USERNAME"]);
        Assert.Equal(SignInHarness.HashOf(realUsername), claim.ChallengeResponses["SECRET_HASH"]);
        Assert.Equal(realUsername, Assert.IsType<SignedIn>(step).Session.Username);
    }

    [Fact]
    public async Task SignInWithCustomAuth_WithSrp_SendsSrpAChallengeNameThenCustomChallenge()
    {
        var h = new SignInHarness();
        Dictionary<string, string> question = new() { ["USERNAME"] = "alice", ["question"] = "2+2?" };
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER",
            Session = "session-first-0123456789",
            ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Challenge("CUSTOM_CHALLENGE", question));
        h.OnRespond("CUSTOM_CHALLENGE", _ => SignInHarness.Done());

        SignInStep step = await h.Kit.SignInWithCustomAuth("alice").WithSrp("Passw0rd!").WithClientMetadata("app", "web").SendAsync(default);
        var custom = Assert.IsType<CustomChallengeRequired>(step);
        step = await custom.AnswerAsync("4", default);

        InitiateAuthRequest sent = Assert.Single(h.Initiated);
        Assert.Equal("CUSTOM_AUTH", sent.AuthFlow);
        Assert.Equal("SRP_A", sent.AuthParameters!["CHALLENGE_NAME"]);
        Assert.Contains("SRP_A", sent.AuthParameters.Keys);
        Assert.Equal("web", sent.ClientMetadata!["app"]);
        Assert.Equal("2+2?", custom.Parameters["question"]);
        Assert.Equal("4", h.Responded[^1].ChallengeResponses!["ANSWER"]);
        Assert.Equal("web", h.Responded[^1].ClientMetadata!["app"]);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task SignInWithCustomAuth_WithoutSrp_SendsOnlyUsername()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse { ChallengeName = "CUSTOM_CHALLENGE", Session = "s-0123456789-0123456789", ChallengeParameters = new() { ["USERNAME"] = "alice" } });

        SignInStep step = await h.Kit.SignInWithCustomAuth("alice").SendAsync(default);

        Assert.IsType<CustomChallengeRequired>(step);
        Assert.Equal(["USERNAME"], h.Initiated[0].AuthParameters!.Keys);
    }

    [Theory]
    [InlineData(AuthFactor.EmailOtp, "EMAIL_OTP")]
    [InlineData(AuthFactor.SmsOtp, "SMS_OTP")]
    public async Task SignInWithChoice_PreferringOtp_SendsPreferredChallenge(AuthFactor factor, string wire)
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = wire,
            Session = "s-0123456789-0123456789",
            ChallengeParameters = new() { ["CODE_DELIVERY_DESTINATION"] = "a***", ["CODE_DELIVERY_DELIVERY_MEDIUM"] = wire == "SMS_OTP" ? "SMS" : "EMAIL" },
        });
        h.OnRespond(wire, _ => SignInHarness.Done());

        SignInStep step = await h.Kit.SignInWithChoice("alice").Prefer(factor).SendAsync(default);
        step = step switch
        {
            EmailCodeRequired e => await e.AnswerAsync("123456", default),
            SmsCodeRequired s => await s.AnswerAsync("123456", default),
            _ => throw new InvalidOperationException(step.ToString()),
        };

        Assert.Equal("USER_AUTH", h.Initiated[0].AuthFlow);
        Assert.Equal(wire, h.Initiated[0].AuthParameters!["PREFERRED_CHALLENGE"]);
        Assert.Equal("123456", h.Responded[0].ChallengeResponses![wire + "_CODE"]);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task SignInWithChoice_PreferringPassword_SendsPasswordInFirstCall()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse { AuthenticationResult = SignInHarness.Tokens("alice") });

        SignInStep step = await h.Kit.SignInWithChoice("alice").Prefer(AuthFactor.Password).WithPassword("Passw0rd!").SendAsync(default);

        Assert.Equal("PASSWORD", h.Initiated[0].AuthParameters!["PREFERRED_CHALLENGE"]);
        Assert.Equal("Passw0rd!", h.Initiated[0].AuthParameters!["PASSWORD"]);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task SignInWithChoice_PreferringPasswordWithoutPassword_ThrowsBeforeAnyCall()
    {
        var h = new SignInHarness();

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Kit.SignInWithChoice("alice").Prefer(AuthFactor.PasswordSrp).SendAsync(default));

        Assert.Empty(h.Initiated);
    }

    [Fact]
    public async Task SignInWithChoice_SelectingPasswordSrp_SendsSrpAAndAnswersVerifier()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "SELECT_CHALLENGE",
            Session = "s-0123456789-0123456789",
            ChallengeParameters = new() { ["USERNAME"] = "alice" },
            AvailableChallenges = ["PASSWORD_SRP", "EMAIL_OTP", "PASSWORD"],
        });
        h.OnRespond("SELECT_CHALLENGE", _ => new RespondToAuthChallengeResponse
        {
            ChallengeName = "PASSWORD_VERIFIER", Session = "s-verifier-0123456789", ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Done());

        var select = Assert.IsType<FirstFactorSelectionRequired>(await h.Kit.SignInWithChoice("alice").SendAsync(default));
        SignInStep step = await select.ChooseAsync(AuthFactor.PasswordSrp, "Passw0rd!", default);

        Assert.Equal([AuthFactor.PasswordSrp, AuthFactor.EmailOtp, AuthFactor.Password], select.AvailableFactors);
        Assert.DoesNotContain("PREFERRED_CHALLENGE", h.Initiated[0].AuthParameters!.Keys);
        Assert.Equal("PASSWORD_SRP", h.Responded[0].ChallengeResponses!["ANSWER"]);
        Assert.Contains("SRP_A", h.Responded[0].ChallengeResponses!.Keys);
        Assert.Equal("PASSWORD_VERIFIER", h.Responded[1].ChallengeName);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task FirstFactorSelection_ChoosingFactorNotOffered_ThrowsArgumentExceptionBeforeAnyCall()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "SELECT_CHALLENGE", Session = "s-0123456789-0123456789", AvailableChallenges = ["EMAIL_OTP"],
            ChallengeParameters = new() { ["USERNAME"] = "alice" },
        });
        var select = Assert.IsType<FirstFactorSelectionRequired>(await h.Kit.SignInWithChoice("alice").SendAsync(default));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => select.ChooseAsync(AuthFactor.SmsOtp, default));

        Assert.Equal("factor", ex.ParamName);
        Assert.Empty(h.Responded);
    }
}
