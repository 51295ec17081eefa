using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Account;

public sealed class AccountTests
{
    [Fact]
    public async Task ChangePassword_SendsBothPasswordsWithTheSessionsAccessToken()
    {
        var host = new AccountTestHost();
        ChangePasswordRequest? sent = null;
        host.Client.Setup(c => c.ChangePasswordAsync(It.IsAny<ChangePasswordRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ChangePasswordRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new ChangePasswordResponse());

        await host.Cognito.Account(AccountTestHost.Session(accessToken: "at-42")).ChangePasswordAsync("Old1!", "New2!");

        Assert.Equal(("at-42", "Old1!", "New2!"), (sent!.AccessToken, sent.PreviousPassword, sent.ProposedPassword));
    }

    [Fact]
    public async Task ChangePassword_WithNullCurrentPassword_ThrowsBeforeAnyCall()
    {
        var host = new AccountTestHost();

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => host.Cognito.Account(AccountTestHost.Session()).ChangePasswordAsync(null!, "New2!"));

        Assert.Equal("currentPassword", ex.ParamName);
        host.Client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetUser_MapsAttributesAndMfaSettings()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.GetUserAsync(It.Is<GetUserRequest>(r => r.AccessToken == "access-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetUserResponse
            {
                Username = "alice",
                UserAttributes = [new AttributeType { Name = "sub", Value = "sub-1" }, new AttributeType { Name = "email", Value = "a@example.com" }],
                PreferredMfaSetting = "SOFTWARE_TOKEN_MFA",
                UserMFASettingList = ["SMS_MFA", "SOFTWARE_TOKEN_MFA"],
            });

        CognitoUser user = await host.Cognito.Account(AccountTestHost.Session()).GetUserAsync();

        Assert.Equal("alice", user.Username);
        Assert.Equal("sub-1", user.Sub);
        Assert.Equal("a@example.com", user.Attributes["email"]);
        Assert.Equal(MfaType.Totp, user.Mfa.Preferred);
        Assert.Equal(new[] { MfaType.Sms, MfaType.Totp }, user.Mfa.Enabled);
        Assert.DoesNotContain("a@example.com", user.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAttributes_SendsThemAndReturnsVerificationDeliveries()
    {
        var host = new AccountTestHost();
        UpdateUserAttributesRequest? sent = null;
        host.Client.Setup(c => c.UpdateUserAttributesAsync(It.IsAny<UpdateUserAttributesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateUserAttributesRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new UpdateUserAttributesResponse
            {
                CodeDeliveryDetailsList = [new CodeDeliveryDetailsType { Destination = "n***@e***", DeliveryMedium = "EMAIL", AttributeName = "email" }],
            });

        IReadOnlyList<CodeDelivery> deliveries = await host.Cognito.Account(AccountTestHost.Session())
            .UpdateAttributesAsync(new Dictionary<string, string> { ["email"] = "new@example.com", ["given_name"] = "Al" });

        Assert.Equal("email", Assert.Single(deliveries).AttributeName);
        Assert.Equal(2, sent!.UserAttributes.Count);
        Assert.Contains(sent.UserAttributes, a => a.Name == "email" && a.Value == "new@example.com");
    }

    [Fact]
    public async Task UpdateAttributes_WithNoAttributes_ThrowsNamingAttributes()
    {
        var host = new AccountTestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Cognito.Account(AccountTestHost.Session()).UpdateAttributesAsync(new Dictionary<string, string>()));

        Assert.Equal("attributes", ex.ParamName);
    }

    [Fact]
    public async Task VerifyAttribute_SendsNameAndCode()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.VerifyUserAttributeAsync(It.Is<VerifyUserAttributeRequest>(r => r.AttributeName == "email" && r.Code == "111222" && r.AccessToken == "access-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VerifyUserAttributeResponse());

        await host.Cognito.Account(AccountTestHost.Session()).VerifyAttributeAsync("email", "111222");

        host.Client.VerifyAll();
    }

    [Fact]
    public async Task SendAttributeVerificationCode_ReturnsDelivery()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.GetUserAttributeVerificationCodeAsync(It.Is<GetUserAttributeVerificationCodeRequest>(r => r.AttributeName == "phone_number"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetUserAttributeVerificationCodeResponse
            {
                CodeDeliveryDetails = new CodeDeliveryDetailsType { Destination = "+*****99", DeliveryMedium = "SMS", AttributeName = "phone_number" },
            });

        CodeDelivery delivery = await host.Cognito.Account(AccountTestHost.Session()).SendAttributeVerificationCodeAsync("phone_number");

        Assert.Equal(CodeDeliveryMedium.Sms, delivery.DeliveryMedium);
    }

    [Fact]
    public async Task SignOutEverywhere_CallsGlobalSignOut_AndEndsTheSession()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.GlobalSignOutAsync(It.Is<GlobalSignOutRequest>(r => r.AccessToken == "access-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GlobalSignOutResponse());
        CognitoSession session = AccountTestHost.Session();

        await host.Cognito.Account(session).SignOutEverywhereAsync();

        Assert.True(session.IsEnded);
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());
    }

    [Fact]
    public async Task SignOutEverywhere_WhenTokenAlreadyRevoked_EndsTheSessionAndRethrows()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.GlobalSignOutAsync(It.IsAny<GlobalSignOutRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Access Token has been revoked"));
        CognitoSession session = AccountTestHost.Session();

        await Assert.ThrowsAsync<NotAuthorizedException>(() => host.Cognito.Account(session).SignOutEverywhereAsync());

        Assert.True(session.IsEnded);
    }

    [Fact]
    public async Task SignOutEverywhere_WhenCognitoIsUnreachable_KeepsTheSession()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.GlobalSignOutAsync(It.IsAny<GlobalSignOutRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CognitoUnavailableException("down", new HttpRequestException("refused")));
        CognitoSession session = AccountTestHost.Session();

        await Assert.ThrowsAsync<CognitoUnavailableException>(() => host.Cognito.Account(session).SignOutEverywhereAsync());

        Assert.False(session.IsEnded);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, AccountTestHost.Secret)]
    public async Task RevokeRefreshToken_SendsTheRefreshTokenAndClientSecret_AndEndsTheSession(bool withSecret, string? expectedSecret)
    {
        var host = new AccountTestHost(withSecret);
        RevokeTokenRequest? sent = null;
        host.Client.Setup(c => c.RevokeTokenAsync(It.IsAny<RevokeTokenRequest>(), It.IsAny<CancellationToken>()))
            .Callback<RevokeTokenRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new RevokeTokenResponse());
        CognitoSession session = AccountTestHost.Session(refreshToken: "rt-9");

        await host.Cognito.Account(session).RevokeRefreshTokenAsync();

        Assert.Equal(("rt-9", AccountTestHost.ClientId, expectedSecret), (sent!.Token, sent.ClientId, sent.ClientSecret));
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());
    }

    [Fact]
    public async Task RevokeRefreshToken_WhenCognitoNoLongerKnowsTheToken_EndsTheSessionAndRethrows()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.RevokeTokenAsync(It.IsAny<RevokeTokenRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Invalid token"));
        CognitoSession session = AccountTestHost.Session();

        await Assert.ThrowsAsync<NotAuthorizedException>(() => host.Cognito.Account(session).RevokeRefreshTokenAsync());

        Assert.True(session.IsEnded);
    }

    [Fact]
    public async Task RevokeRefreshToken_WithoutRefreshToken_ThrowsInvalidOperation()
    {
        var host = new AccountTestHost();

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Cognito.Account(AccountTestHost.Session(refreshToken: null)).RevokeRefreshTokenAsync());

        host.Client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_CallsDeleteUser_AndEndsTheSession()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.DeleteUserAsync(It.Is<DeleteUserRequest>(r => r.AccessToken == "access-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeleteUserResponse());
        CognitoSession session = AccountTestHost.Session(deviceKey: "dk-1");

        await host.Cognito.Account(session).DeleteAsync();

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.GetValidTokensAsync());
        host.Client.Verify(c => c.DeleteUserAsync(It.IsAny<DeleteUserRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AccountCalls_AfterSessionEnded_ThrowSessionExpiredWithoutCallingCognito()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.GlobalSignOutAsync(It.IsAny<GlobalSignOutRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GlobalSignOutResponse());
        CognitoAccount account = host.Cognito.Account(AccountTestHost.Session());
        await account.SignOutEverywhereAsync();

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => account.GetUserAsync());
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => account.RevokeRefreshTokenAsync());
        host.Client.Verify(c => c.GetUserAsync(It.IsAny<GetUserRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void Account_WithNullSession_ThrowsNamingSession()
    {
        var host = new AccountTestHost();

        var ex = Assert.Throws<ArgumentNullException>(() => host.Cognito.Account(null!));

        Assert.Equal("session", ex.ParamName);
    }
}
