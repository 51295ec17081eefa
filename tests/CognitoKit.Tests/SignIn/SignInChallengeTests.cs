using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.SignIn;

public sealed class SignInChallengeTests
{
    [Fact]
    public async Task SmsMfa_IsSmsCodeRequired_WithDeliveryAndAnswersSmsMfaCode()
    {
        var h = new SignInHarness();
        h.OnRespond("SMS_MFA", _ => SignInHarness.Done());
        SignInStep step = await h.SignInReachingAsync(SignInHarness.Challenge("SMS_MFA", new()
        {
            ["CODE_DELIVERY_DESTINATION"] = "+*******1234", ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "SMS", ["USERNAME"] = "alice",
        }));

        var sms = Assert.IsType<SmsCodeRequired>(step);
        Assert.Equal("+*******1234", sms.CodeDelivery.Destination);
        Assert.Equal(CodeDeliveryMedium.Sms, sms.CodeDelivery.DeliveryMedium);
        Assert.IsType<SignedIn>(await sms.AnswerAsync("123456", default));
        RespondToAuthChallengeRequest answer = h.Responded[^1];
        Assert.Equal("123456", answer.ChallengeResponses!["SMS_MFA_CODE"]);
        Assert.Equal("alice", answer.ChallengeResponses["USERNAME"]);
        Assert.Equal("session-next-0123456789", answer.Session);
    }

    [Fact]
    public async Task SoftwareTokenMfa_IsTotpCodeRequired_AndAnswersSoftwareTokenCode()
    {
        var h = new SignInHarness();
        h.OnRespond("SOFTWARE_TOKEN_MFA", _ => SignInHarness.Done());
        var totp = Assert.IsType<TotpCodeRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SOFTWARE_TOKEN_MFA")));

        Assert.IsType<SignedIn>(await totp.AnswerAsync("654321", default));

        Assert.Equal("654321", h.Responded[^1].ChallengeResponses!["SOFTWARE_TOKEN_MFA_CODE"]);
    }

    [Fact]
    public async Task EmailOtp_IsEmailCodeRequired_AndAnswersEmailOtpCode()
    {
        var h = new SignInHarness();
        h.OnRespond("EMAIL_OTP", _ => SignInHarness.Done());
        var email = Assert.IsType<EmailCodeRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("EMAIL_OTP", new()
        {
            ["CODE_DELIVERY_DESTINATION"] = "a***@e***", ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "EMAIL",
        })));

        await email.AnswerAsync("11223344", default);

        Assert.Equal(CodeDeliveryMedium.Email, email.CodeDelivery.DeliveryMedium);
        Assert.Equal("11223344", h.Responded[^1].ChallengeResponses!["EMAIL_OTP_CODE"]);
    }

    [Fact]
    public async Task SelectMfaType_ListsOptions_AndChoosingSendsTheOfferedName()
    {
        var h = new SignInHarness();
        h.OnRespond("SELECT_MFA_TYPE", _ => SignInHarness.Challenge("SOFTWARE_TOKEN_MFA"));
        var select = Assert.IsType<MfaSelectionRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SELECT_MFA_TYPE", new()
        {
            ["MFAS_CAN_CHOOSE"] = "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]",
        })));

        SignInStep next = await select.ChooseAsync(MfaType.Totp, default);

        Assert.Equal([MfaType.Sms, MfaType.Totp, MfaType.Email], select.Options);
        Assert.Equal("SOFTWARE_TOKEN_MFA", h.Responded[^1].ChallengeResponses!["ANSWER"]);
        Assert.IsType<TotpCodeRequired>(next);
    }

    [Fact]
    public async Task SelectMfaType_ChoosingTypeNotOffered_ThrowsArgumentException()
    {
        var h = new SignInHarness();
        var select = Assert.IsType<MfaSelectionRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("SELECT_MFA_TYPE", new()
        {
            ["MFAS_CAN_CHOOSE"] = "[\"SMS_MFA\"]",
        })));
        int before = h.Responded.Count;

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => select.ChooseAsync(MfaType.Email, default));

        Assert.Equal("type", ex.ParamName);
        Assert.Equal(before, h.Responded.Count);
    }

    [Fact]
    public async Task NewPasswordRequired_StripsPrefix_AndSendsAttributesWithPrefix()
    {
        var h = new SignInHarness();
        h.OnRespond("NEW_PASSWORD_REQUIRED", _ => SignInHarness.Done());
        var challenge = Assert.IsType<NewPasswordRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("NEW_PASSWORD_REQUIRED", new()
        {
            ["requiredAttributes"] = "[\"userAttributes.given_name\",\"userAttributes.family_name\"]",
            ["userAttributes"] = "{\"email\":\"alice@example.com\",\"email_verified\":\"true\"}",
            ["USER_ID_FOR_SRP"] = "alice",
        })));

        Assert.Equal(["given_name", "family_name"], challenge.RequiredAttributes);
        Assert.Equal("alice@example.com", challenge.UserAttributes["email"]);
        await challenge.WithAttribute("given_name", "Alice").WithAttribute("family_name", "Liddell").SetPasswordAsync("N3wPassw0rd!", default);

        Dictionary<string, string> sent = h.Responded[^1].ChallengeResponses!;
        Assert.Equal("N3wPassw0rd!", sent["NEW_PASSWORD"]);
        Assert.Equal("Alice", sent["userAttributes.given_name"]);
        Assert.Equal("Liddell", sent["userAttributes.family_name"]);
    }

    [Fact]
    public async Task NewPasswordRequired_WithoutRequiredAttribute_ThrowsBeforeAnyCall()
    {
        var h = new SignInHarness();
        var challenge = Assert.IsType<NewPasswordRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("NEW_PASSWORD_REQUIRED", new()
        {
            ["requiredAttributes"] = "[\"userAttributes.given_name\"]",
        })));
        int before = h.Responded.Count;

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => challenge.SetPasswordAsync("N3wPassw0rd!", default));

        Assert.Contains("given_name", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, h.Responded.Count);
        Assert.False(challenge.IsAnswered);
    }

    [Fact]
    public async Task MfaSetup_AssociatesThenVerifiesWithSessionsInOrder()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.AssociateSoftwareTokenAsync(It.Is<AssociateSoftwareTokenRequest>(r => r.Session == "session-next-0123456789"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssociateSoftwareTokenResponse { SecretCode = "JBSWY3DPEHPK3PXP", Session = "session-associated-0123456789" });
        h.Client.Setup(c => c.VerifySoftwareTokenAsync(
                It.Is<VerifySoftwareTokenRequest>(r => r.Session == "session-associated-0123456789" && r.UserCode == "123456" && r.FriendlyDeviceName == "Phone"),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VerifySoftwareTokenResponse { Status = "SUCCESS", Session = "session-verified-0123456789" });
        h.OnRespond("MFA_SETUP", _ => SignInHarness.Done());
        var setup = Assert.IsType<TotpSetupRequired>(await h.SignInReachingAsync(
            SignInHarness.Challenge("MFA_SETUP", new() { ["MFAS_CAN_SETUP"] = "[\"SOFTWARE_TOKEN_MFA\"]" }), username: "alice"));

        Assert.Equal("JBSWY3DPEHPK3PXP", setup.SecretCode);
        Assert.Equal("otpauth://totp/My%20App:alice?secret=JBSWY3DPEHPK3PXP&issuer=My%20App", setup.OtpAuthUri("My App"));
        SignInStep step = await setup.VerifyAsync("123456", "Phone", default);

        Assert.Equal("session-verified-0123456789", h.Responded[^1].Session);
        Assert.Equal("alice", h.Responded[^1].ChallengeResponses!["USERNAME"]);
        Assert.IsType<SignedIn>(step);
        Assert.DoesNotContain("JBSWY3DPEHPK3PXP", setup.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownChallenge_IsAStep_AnsweredByNameWithUsernameAdded()
    {
        var h = new SignInHarness(withSecret: true);
        h.OnRespond("PUSH_APPROVAL", _ => SignInHarness.Done());
        var unknown = Assert.IsType<UnknownChallenge>(await h.SignInReachingAsync(SignInHarness.Challenge("PUSH_APPROVAL", new()
        {
            ["PUSH_TARGET"] = "phone", ["USERNAME"] = "alice",
        })));

        SignInStep step = await unknown.RespondAsync(new Dictionary<string, string> { ["PUSH_APPROVED"] = "true" }, default);

        Assert.Equal("PUSH_APPROVAL", unknown.Name);
        Dictionary<string, string> sent = h.Responded[^1].ChallengeResponses!;
        Assert.Equal("true", sent["PUSH_APPROVED"]);
        Assert.Equal("alice", sent["USERNAME"]);
        Assert.Equal(SignInHarness.HashOf("alice"), sent["SECRET_HASH"]);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task WebAuthnChallenge_IsAPasskeyStep_AnsweredWithTheCredential()
    {
        var h = new SignInHarness(withSecret: true);
        h.OnRespond("WEB_AUTHN", _ => SignInHarness.Done());
        var passkey = Assert.IsType<PasskeyRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("WEB_AUTHN", new()
        {
            ["CREDENTIAL_REQUEST_OPTIONS"] = "{\"challenge\":\"abc\",\"rpId\":\"example.com\"}", ["USERNAME"] = "alice",
        })));

        SignInStep step = await passkey.AnswerAsync("{\"id\":\"x\",\"response\":{}}", default);

        Assert.Equal("{\"challenge\":\"abc\",\"rpId\":\"example.com\"}", passkey.RequestOptionsJson);
        Dictionary<string, string> sent = h.Responded[^1].ChallengeResponses!;
        Assert.Equal("{\"id\":\"x\",\"response\":{}}", sent["CREDENTIAL"]);
        Assert.Equal("alice", sent["USERNAME"]);
        Assert.Equal(SignInHarness.HashOf("alice"), sent["SECRET_HASH"]);
        Assert.IsType<SignedIn>(step);
    }
}
