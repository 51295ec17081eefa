using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Account;

public sealed class AccountMfaTests
{
    [Fact]
    public async Task BeginTotpEnrollment_ReturnsSecretAndEscapedOtpAuthUri()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.AssociateSoftwareTokenAsync(It.Is<AssociateSoftwareTokenRequest>(r => r.AccessToken == "access-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssociateSoftwareTokenResponse { SecretCode = "JBSWY3DPEHPK3PXP" });

        TotpEnrollment enrollment = await host.Cognito.Account(AccountTestHost.Session()).Mfa.BeginTotpEnrollmentAsync();

        Assert.Equal("JBSWY3DPEHPK3PXP", enrollment.SecretCode);
        Assert.Equal("otpauth://totp/My%20App:alice?secret=JBSWY3DPEHPK3PXP&issuer=My%20App", enrollment.OtpAuthUri("My App"));
        Assert.DoesNotContain("JBSWY3DPEHPK3PXP", enrollment.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteTotpEnrollment_SendsCodeAndFriendlyName()
    {
        var host = new AccountTestHost();
        VerifySoftwareTokenRequest? sent = null;
        host.Client.Setup(c => c.VerifySoftwareTokenAsync(It.IsAny<VerifySoftwareTokenRequest>(), It.IsAny<CancellationToken>()))
            .Callback<VerifySoftwareTokenRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new VerifySoftwareTokenResponse { Status = "SUCCESS" });

        await host.Cognito.Account(AccountTestHost.Session()).Mfa.CompleteTotpEnrollmentAsync("123456", "Alice's phone");

        Assert.Equal(("access-1", "123456", "Alice's phone"), (sent!.AccessToken, sent.UserCode, sent.FriendlyDeviceName));
        Assert.Null(sent.Session);
    }

    [Fact]
    public async Task CompleteTotpEnrollment_WhenStatusIsError_Throws()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.VerifySoftwareTokenAsync(It.IsAny<VerifySoftwareTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VerifySoftwareTokenResponse { Status = "ERROR" });

        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => host.Cognito.Account(AccountTestHost.Session()).Mfa.CompleteTotpEnrollmentAsync("123456"));

        Assert.Equal("EnableSoftwareTokenMFAException", ex.ErrorCode);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12345a")]
    public async Task CompleteTotpEnrollment_WithMalformedCode_ThrowsNamingCode(string code)
    {
        var host = new AccountTestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Cognito.Account(AccountTestHost.Session()).Mfa.CompleteTotpEnrollmentAsync(code));

        Assert.Equal("code", ex.ParamName);
        host.Client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SetPreference_MapsEachMethodAndLeavesUnsetOnesOut()
    {
        var host = new AccountTestHost();
        SetUserMFAPreferenceRequest? sent = null;
        host.Client.Setup(c => c.SetUserMFAPreferenceAsync(It.IsAny<SetUserMFAPreferenceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SetUserMFAPreferenceRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new SetUserMFAPreferenceResponse());

        await host.Cognito.Account(AccountTestHost.Session()).Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred, sms: MfaPreference.Disabled);

        Assert.Equal((true, true), (sent!.SoftwareTokenMfaSettings!.Enabled, sent.SoftwareTokenMfaSettings.PreferredMfa));
        Assert.Equal((false, false), (sent.SMSMfaSettings!.Enabled, sent.SMSMfaSettings.PreferredMfa));
        Assert.Null(sent.EmailMfaSettings);
    }

    [Fact]
    public async Task SetPreference_EnabledButNotPreferred_SendsEnabledOnly()
    {
        var host = new AccountTestHost();
        SetUserMFAPreferenceRequest? sent = null;
        host.Client.Setup(c => c.SetUserMFAPreferenceAsync(It.IsAny<SetUserMFAPreferenceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SetUserMFAPreferenceRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new SetUserMFAPreferenceResponse());

        await host.Cognito.Account(AccountTestHost.Session()).Mfa.SetPreferenceAsync(email: MfaPreference.Enabled);

        Assert.Equal((true, false), (sent!.EmailMfaSettings!.Enabled, sent.EmailMfaSettings.PreferredMfa));
    }

    [Fact]
    public async Task SetPreference_WithTwoPreferredMethods_Throws()
    {
        var host = new AccountTestHost();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Cognito.Account(AccountTestHost.Session()).Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred, sms: MfaPreference.Preferred));

        host.Client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SetPreference_WithNothingToSet_Throws()
    {
        var host = new AccountTestHost();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Cognito.Account(AccountTestHost.Session()).Mfa.SetPreferenceAsync());
    }

    [Fact]
    public async Task GetSettings_IgnoresUnknownMethods()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.GetUserAsync(It.IsAny<GetUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetUserResponse { Username = "alice", UserAttributes = [], UserMFASettingList = ["EMAIL_OTP", "WEB_AUTHN"] });

        MfaSettings settings = await host.Cognito.Account(AccountTestHost.Session()).Mfa.GetSettingsAsync();

        Assert.Null(settings.Preferred);
        Assert.Equal(new[] { MfaType.Email }, settings.Enabled);
    }
}
