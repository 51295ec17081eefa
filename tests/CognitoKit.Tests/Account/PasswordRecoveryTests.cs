using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Account;

public sealed class PasswordRecoveryTests
{
    [Fact]
    public async Task ForgotPassword_WithSecret_SendsSecretHashAndReturnsDelivery()
    {
        var host = new AccountTestHost(withSecret: true);
        ForgotPasswordRequest? sent = null;
        host.Client.Setup(c => c.ForgotPasswordAsync(It.IsAny<ForgotPasswordRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ForgotPasswordRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new ForgotPasswordResponse
            {
                CodeDeliveryDetails = new CodeDeliveryDetailsType { Destination = "a***@e***", DeliveryMedium = "EMAIL", AttributeName = "email" },
            });

        CodeDelivery delivery = await host.Cognito.ForgotPassword("alice").WithClientMetadata("flow", "reset").SendAsync();

        Assert.Equal(CodeDeliveryMedium.Email, delivery.DeliveryMedium);
        Assert.Equal("a***@e***", delivery.Destination);
        Assert.Equal(AccountTestHost.ExpectedSecretHash("alice"), sent!.SecretHash);
        Assert.Equal(AccountTestHost.ClientId, sent.ClientId);
        Assert.Equal("reset", sent.ClientMetadata!["flow"]);
    }

    [Fact]
    public async Task ForgotPassword_WhenCognitoSendsNoDeliveryDetails_ThrowsProtocolError()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.ForgotPasswordAsync(It.IsAny<ForgotPasswordRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ForgotPasswordResponse());

        await Assert.ThrowsAsync<CognitoProtocolException>(() => host.Cognito.ForgotPassword("alice").SendAsync());
    }

    [Fact]
    public async Task ConfirmForgotPassword_SendsCodeNewPasswordAndSecretHash()
    {
        var host = new AccountTestHost(withSecret: true);
        ConfirmForgotPasswordRequest? sent = null;
        host.Client.Setup(c => c.ConfirmForgotPasswordAsync(It.IsAny<ConfirmForgotPasswordRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ConfirmForgotPasswordRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new ConfirmForgotPasswordResponse());

        await host.Cognito.ConfirmForgotPassword("alice", "654321", "N3wPassw0rd!").SendAsync();

        Assert.Equal("654321", sent!.ConfirmationCode);
        Assert.Equal("N3wPassw0rd!", sent.Password);
        Assert.Equal(AccountTestHost.ExpectedSecretHash("alice"), sent.SecretHash);
    }

    [Fact]
    public void ConfirmForgotPassword_WithNullNewPassword_ThrowsNamingNewPassword()
    {
        var host = new AccountTestHost();

        var ex = Assert.Throws<ArgumentNullException>(() => host.Cognito.ConfirmForgotPassword("alice", "123456", null!));

        Assert.Equal("newPassword", ex.ParamName);
    }

    [Fact]
    public void ConfirmForgotPassword_WithLettersInCode_ThrowsNamingCode()
    {
        var host = new AccountTestHost();

        var ex = Assert.Throws<ArgumentException>(() => host.Cognito.ConfirmForgotPassword("alice", "abc", "N3wPassw0rd!"));

        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void ForgotPassword_WithEmptyUsername_ThrowsNamingUsername()
    {
        var host = new AccountTestHost();

        var ex = Assert.Throws<ArgumentException>(() => host.Cognito.ForgotPassword(""));

        Assert.Equal("username", ex.ParamName);
    }

    [Fact]
    public void ConfirmForgotPasswordCommand_ToString_HidesCodeAndPassword()
    {
        var host = new AccountTestHost();

        string text = host.Cognito.ConfirmForgotPassword("alice", "987654", "N3wPassw0rd!").ToString();

        Assert.DoesNotContain("987654", text, StringComparison.Ordinal);
        Assert.DoesNotContain("N3wPassw0rd!", text, StringComparison.Ordinal);
    }
}
