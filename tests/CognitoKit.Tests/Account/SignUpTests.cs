using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Account;

public sealed class SignUpTests
{
    [Fact]
    public async Task SignUp_SendsAttributesValidationDataAndMetadata_AndReturnsDeliveryDetails()
    {
        var host = new AccountTestHost();
        SignUpRequest? sent = null;
        host.Client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SignUpRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new SignUpResponse
            {
                UserSub = "sub-1",
                UserConfirmed = false,
                CodeDeliveryDetails = new CodeDeliveryDetailsType { Destination = "a***@e***", DeliveryMedium = "EMAIL", AttributeName = "email" },
            });

        SignUpResult result = await host.Cognito.SignUp("alice@example.com", "Passw0rd!")
            .WithAttribute("email", "alice@example.com").WithAttribute("given_name", "Alice")
            .WithValidationData("ip", "10.0.0.1")
            .WithClientMetadata("source", "web")
            .SendAsync();

        Assert.Equal(new SignUpResult("sub-1", false, new CodeDelivery("a***@e***", CodeDeliveryMedium.Email, "email")), result);
        Assert.NotNull(sent);
        Assert.Equal(AccountTestHost.ClientId, sent.ClientId);
        Assert.Equal("alice@example.com", sent.Username);
        Assert.Equal("Passw0rd!", sent.Password);
        Assert.Null(sent.SecretHash);
        Assert.Equal(
            new[] { ("email", "alice@example.com"), ("given_name", "Alice") },
            sent.UserAttributes!.Select(a => (a.Name!, a.Value!)).OrderBy(a => a.Item1));
        Assert.Equal(("ip", "10.0.0.1"), (sent.ValidationData!.Single().Name!, sent.ValidationData!.Single().Value!));
        Assert.Equal("web", sent.ClientMetadata!["source"]);
    }

    [Fact]
    public async Task SignUp_WithClientSecret_SendsSecretHashOfTheUsernameAsGiven()
    {
        var host = new AccountTestHost(withSecret: true);
        SignUpRequest? sent = null;
        host.Client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SignUpRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new SignUpResponse { UserSub = "sub-2", UserConfirmed = true });

        SignUpResult result = await host.Cognito.SignUp("Bob", "Passw0rd!").SendAsync();

        Assert.True(result.IsConfirmed);
        Assert.Null(result.CodeDelivery);
        Assert.Equal(AccountTestHost.ExpectedSecretHash("Bob"), sent!.SecretHash);
        Assert.Null(sent.UserAttributes);
        Assert.Null(sent.ClientMetadata);
    }

    [Fact]
    public async Task SignUp_WhenCognitoOmitsUserSub_ThrowsProtocolError()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SignUpResponse { UserConfirmed = false });

        await Assert.ThrowsAsync<CognitoProtocolException>(() => host.Cognito.SignUp("bob", "Passw0rd!").SendAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void SignUp_WithEmptyUsername_ThrowsNamingUsername(string username)
    {
        var host = new AccountTestHost();

        var ex = Assert.Throws<ArgumentException>(() => host.Cognito.SignUp(username, "Passw0rd!"));

        Assert.Equal("username", ex.ParamName);
        host.Client.VerifyNoOtherCalls();
    }

    [Fact]
    public void SignUp_WithNullPassword_ThrowsNamingPassword()
    {
        var host = new AccountTestHost();

        var ex = Assert.Throws<ArgumentNullException>(() => host.Cognito.SignUp("bob", null!));

        Assert.Equal("password", ex.ParamName);
    }

    [Fact]
    public void SignUpCommand_ToString_HidesThePassword()
    {
        var host = new AccountTestHost();

        string text = host.Cognito.SignUp("bob", "Sup3rSecret!").WithAttribute("email", "bob@example.com").ToString();

        Assert.DoesNotContain("Sup3rSecret!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bob@example.com", text, StringComparison.Ordinal);
        Assert.Contains("email", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmSignUp_WithSecret_SendsCodeAndSecretHash()
    {
        var host = new AccountTestHost(withSecret: true);
        ConfirmSignUpRequest? sent = null;
        host.Client.Setup(c => c.ConfirmSignUpAsync(It.IsAny<ConfirmSignUpRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ConfirmSignUpRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new ConfirmSignUpResponse());

        await host.Cognito.ConfirmSignUp("alice@example.com", "123456").WithClientMetadata("k", "v").SendAsync();

        Assert.Equal("123456", sent!.ConfirmationCode);
        Assert.Equal("alice@example.com", sent.Username);
        Assert.Equal(AccountTestHost.ExpectedSecretHash("alice@example.com"), sent.SecretHash);
        Assert.Equal("v", sent.ClientMetadata!["k"]);
        Assert.Null(sent.ForceAliasCreation);
    }

    [Theory]
    [InlineData("12a456")]
    [InlineData("")]
    [InlineData("123 456")]
    public void ConfirmSignUp_WithCodeThatIsNotDigits_ThrowsNamingCode(string code)
    {
        var host = new AccountTestHost();

        var ex = Assert.Throws<ArgumentException>(() => host.Cognito.ConfirmSignUp("alice", code));

        Assert.Equal("code", ex.ParamName);
        host.Client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ResendConfirmationCode_ReturnsWhereTheCodeWent()
    {
        var host = new AccountTestHost(withSecret: true);
        ResendConfirmationCodeRequest? sent = null;
        host.Client.Setup(c => c.ResendConfirmationCodeAsync(It.IsAny<ResendConfirmationCodeRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ResendConfirmationCodeRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new ResendConfirmationCodeResponse
            {
                CodeDeliveryDetails = new CodeDeliveryDetailsType { Destination = "+*******1234", DeliveryMedium = "SMS", AttributeName = "phone_number" },
            });

        CodeDelivery delivery = await host.Cognito.ResendConfirmationCode("carol").SendAsync();

        Assert.Equal(new CodeDelivery("+*******1234", CodeDeliveryMedium.Sms, "phone_number"), delivery);
        Assert.Equal(AccountTestHost.ExpectedSecretHash("carol"), sent!.SecretHash);
    }

    [Fact]
    public async Task SignUp_WhenCognitoRefuses_SurfacesTheTypedError()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(CognitoErrorFactory.Create("UsernameExistsException", "User already exists", "req-1", System.Net.HttpStatusCode.BadRequest));

        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => host.Cognito.SignUp("bob", "Passw0rd!").SendAsync());

        Assert.Equal("UsernameExistsException", ex.ErrorCode);
    }
}
